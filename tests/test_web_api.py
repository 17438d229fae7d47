"""briefing serve's API against a real server: notes in every format from text, files and
URLs; a digest; 20 requests at once; and every bad request refused with a 4xx and the command
line's message as JSON, never a traceback."""

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from briefing.render.formats import OUTPUT_FORMATS
from briefing.summarize.methods import METHODS

from conftest import ROOT, SAMPLE, pdf_text, squash
from web_server import Server

TEXT = SAMPLE.read_text(encoding="utf-8")
LEDE = "Councillors in Portmere voted on Tuesday to build a £240 million tidal barrier"
INBOX = ROOT / "examples" / "inbox"


def test_the_page_has_a_form_for_text_a_url_files_and_the_options(web_server):
    page = web_server.get("/")
    html = page.body.decode()
    assert page.status == 200 and page.headers["Content-Type"].startswith("text/html")
    assert '<form method="post" action="/" enctype="multipart/form-data"' in html
    for control in ('name="text"', 'name="url"', 'type="file"', 'name="length"', 'name="length_unit"',
                    'name="facts"', 'name="method"', 'name="language"', 'name="paper"'):
        assert control in html
    assert "<script" not in html
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]


def test_the_pages_downloads_keep_the_paper_chosen_on_the_page(web_server, tmp_path):
    from pypdf import PdfReader

    page = web_server.post_form("/", [("text", TEXT), ("length", "2"), ("length_unit", "sentences"),
                                      ("paper", "letter"), ("action", "brief")])
    assert page.status == 200
    [link] = re.findall(r'href="(/notes/[\w-]+\.pdf)"', page.body.decode())
    (tmp_path / "note.pdf").write_bytes(web_server.get(link).body)
    box = PdfReader(tmp_path / "note.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter, not the A4 default


def test_a_pdf_note_from_pasted_text(web_server):
    answer = web_server.post_json("/api/brief", {"text": TEXT, "sentences": 2})
    assert answer.status == 200
    assert answer.headers["Content-Type"] == "application/pdf"
    assert answer.body.startswith(b"%PDF-")
    assert 'filename="harbour-city-approves-240m-flood-barrier-after-record-winter-storms.pdf"' in (
        answer.headers["Content-Disposition"])


def test_the_pdf_holds_the_brief(web_server, tmp_path):
    answer = web_server.post_json("/api/brief", {"text": TEXT})
    (tmp_path / "note.pdf").write_bytes(answer.body)
    assert squash(LEDE) in squash(pdf_text(tmp_path / "note.pdf"))


def test_a_json_note_with_options_by_their_config_names(web_server):
    answer = web_server.post_json("/api/brief", {"text": TEXT, "format": "json", "sentences": 2, "facts": 1,
                                                 "method": "lead", "language": "en", "title": "For the minister"})
    note = answer.json()
    assert answer.status == 200 and answer.headers["Content-Type"] == "application/json"
    assert note["title"] == "For the minister"
    assert len(note["brief_sentences"]) == 2 and len(note["facts"]) == 1
    assert note["brief"].startswith(LEDE)
    assert note["settings"]["method"] == "lead" and note["settings"]["language"] == "english"


def test_the_language_is_guessed_by_default(web_server):
    german = ("Der Stadtrat hat am Dienstag den Bau einer Flutmauer beschlossen. Die Mauer soll die Häuser am "
              "Hafen vor Sturmfluten schützen, die im Winter mehr als tausend Wohnungen überflutet haben. Der Bau "
              "beginnt im Frühjahr und wird drei Jahre dauern, sagte die Bürgermeisterin nach der Sitzung.")
    note = web_server.post_json("/api/brief", {"text": german, "format": "json"}).json()
    assert note["settings"]["language"] == "german"


@pytest.mark.parametrize("format", ["md", "html"])
def test_markdown_and_html_notes(web_server, format):
    answer = web_server.post_json("/api/brief", {"text": TEXT, "format": format})
    assert answer.status == 200
    assert answer.headers["Content-Type"].startswith(OUTPUT_FORMATS[format].media_type)
    assert LEDE in answer.body.decode()


def test_a_file_uploaded_as_a_form(web_server):
    pdf = (ROOT / "examples" / "release.pdf").read_bytes()
    answer = web_server.post_form("/api/brief", [("format", "json"), ("sentences", "2")],
                                  [("file", "folder/release.pdf", pdf)])
    note = answer.json()
    assert answer.status == 200, note
    assert note["source"]["name"] == "release.pdf"
    assert len(note["brief_sentences"]) == 2


def test_a_digest_of_several_articles(web_server):
    articles = [{"text": path.read_text(encoding="utf-8"), "name": path.name} for path in sorted(INBOX.glob("*.txt"))]
    answer = web_server.post_json("/api/digest", {"articles": articles, "format": "json"})
    digest = answer.json()
    assert answer.status == 200, digest
    assert len(digest["sources"]) == 3
    assert {source["name"] for source in digest["sources"]} == {path.name for path in INBOX.glob("*.txt")}


def test_articles_of_one_name_are_told_apart_in_a_digest(web_server):
    texts = [path.read_text(encoding="utf-8") for path in sorted(INBOX.glob("rail-strike*.txt"))]
    answer = web_server.post_json("/api/digest", {"articles": [{"text": text} for text in texts], "format": "json"})
    assert answer.status == 200, answer.json()
    assert [source["name"] for source in answer.json()["sources"]] == ["pasted text", "pasted text (2)"]


def test_a_digest_from_uploaded_files_as_pdf(web_server):
    files = [("file", path.name, path.read_bytes()) for path in sorted(INBOX.iterdir())]
    answer = web_server.post_form("/api/digest", [], files)
    assert answer.status == 200 and answer.body.startswith(b"%PDF-")


def test_twenty_requests_at_once_are_all_answered(web_server):
    def one(number):
        return web_server.post_json("/api/brief", {"text": TEXT, "format": "json", "sentences": 1 + number % 3})

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(one, range(20)))
    assert [answer.status for answer in answers] == [200] * 20
    assert [len(answer.json()["brief_sentences"]) for answer in answers] == [1 + n % 3 for n in range(20)]


def cli_message(run, *args):
    result = run(*args)
    assert result.code == 2
    return result.stderr.strip().removeprefix("briefing: ")


def test_a_bad_option_gets_the_command_lines_message(web_server, run):
    answer = web_server.post_json("/api/brief", {"text": TEXT, "method": "textrnk"})
    assert answer.status == 400
    assert answer.json() == {"error": cli_message(run, SAMPLE, "--method", "textrnk")}
    assert answer.json()["error"].startswith("unknown method 'textrnk'")


@pytest.mark.parametrize(("body", "status", "error"), [
    ({"text": TEXT, "sentences": "two"}, 400, "sentences must be a whole number, not 'two'"),
    ({"text": TEXT, "sentences": 2, "words": 50}, 400, "set the brief's length one way: sentences, ratio or words"),
    ({"text": TEXT, "colour": "red"}, 400, "unknown setting 'colour'"),
    ({"text": TEXT, "template": "/tmp/mine.html"}, 400, "template is the server's to set, not a request's"),
    ({"text": TEXT, "output-dir": "/tmp"}, 400, "output-dir is the server's to set, not a request's"),
    ({"text": "   "}, 422, "pasted text: the article is empty"),
    ({"text": TEXT, "url": "https://example.com/"}, 400, 'give the article as "text" or as "url", one of the two'),
    ({"url": "file:///etc/passwd"}, 400, "file:///etc/passwd: not an http(s) URL; only web pages can be fetched"),
    ({"url": "/etc/passwd"}, 400, "/etc/passwd: not an http(s) URL; only web pages can be fetched"),
    ({"url": "http://169.254.169.254/latest/meta-data/"}, 422,
     "http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address; the server "
     "fetches only public addresses (start it with --allow-private-urls to allow this)"),
    ({"url": "http://10.0.0.8/"}, 422, "http://10.0.0.8/: refused: 10.0.0.8 is a private address; the server "
     "fetches only public addresses (start it with --allow-private-urls to allow this)"),
    ([1, 2], 400, "the request body must be a JSON object"),
])
def test_bad_requests_are_refused_with_a_message(web_server, body, status, error):
    answer = web_server.post_json("/api/brief", body)
    assert (answer.status, answer.json()) == (status, {"error": error})


def test_a_loopback_url_is_refused(web_server):
    answer = web_server.post_json("/api/brief", {"url": web_server.url + "/"})
    assert answer.status == 422
    assert "127.0.0.1 is a loopback address" in answer.json()["error"]


def test_malformed_json_is_refused(web_server):
    answer = web_server.request("POST", "/api/brief", b'{"text": "unfinished', "application/json")
    assert answer.status == 400
    assert answer.json()["error"].startswith("the request body is not valid JSON: Unterminated string")


TOO_LARGE = {"error": "the request is over the server's 1 MB limit (its --max-size)"}


def test_an_oversized_body_is_refused_with_413(web_server):
    answer = web_server.post_json("/api/brief", {"text": "word " * 600_000})  # 3 MB, declared up front
    assert (answer.status, answer.json()) == (413, TOO_LARGE)


def test_an_oversized_body_sent_in_chunks_is_refused_with_413(web_server):
    chunks = (b"x" * 65_536 for _ in range(32))  # 2 MB, no Content-Length: chunked transfer encoding
    answer = web_server.request("POST", "/api/brief", chunks, "application/json")
    assert (answer.status, answer.json()) == (413, TOO_LARGE)


@pytest.mark.parametrize(("method", "path", "status", "error"), [
    ("PUT", "/api/brief", 405, "PUT is not allowed here"),
    ("DELETE", "/", 405, "DELETE is not allowed here"),
    ("GET", "/api/nothing", 404, "no such page"),
    ("GET", "/notes/not-a-token.pdf", 404,
     "no such note here: the server keeps only its most recent notes; make it again"),
])
def test_unknown_methods_and_paths_are_refused(web_server, method, path, status, error):
    answer = web_server.request(method, path, b"" if method != "GET" else None)
    assert (answer.status, answer.json()) == (status, {"error": error})


def test_a_body_that_is_neither_json_nor_a_form_is_refused(web_server):
    answer = web_server.request("POST", "/api/brief", TEXT.encode(), "text/plain")
    assert (answer.status, answer.json()) == (415, {"error": "send JSON (application/json) or a form "
                                                             "(multipart/form-data)"})


def test_the_openapi_description_names_the_endpoints_and_choices(web_server):
    description = web_server.get("/openapi.json").json()
    assert set(description["paths"]) == {"/api/brief", "/api/digest"}
    body = description["paths"]["/api/brief"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["method"]["enum"] == list(METHODS)
    assert body["properties"]["format"]["enum"] == list(OUTPUT_FORMATS)
    assert "template" not in body["properties"] and "output_dir" not in body["properties"]


def test_every_request_has_a_line_in_the_access_log(web_server):
    web_server.get("/openapi.json?probe=1")
    assert '127.0.0.1 "GET /openapi.json HTTP/1.1" 200 ' in web_server.log()
    assert "Traceback" not in web_server.log()


class _Article(BaseHTTPRequestHandler):
    def do_GET(self):
        body = SAMPLE.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_allow_private_urls_lets_a_local_page_be_fetched(tmp_path):
    site = ThreadingHTTPServer(("127.0.0.1", 0), _Article)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    server = Server(tmp_path, "--allow-private-urls", "--workers", "1")
    try:
        url = f"http://127.0.0.1:{site.server_address[1]}/story.txt"
        note = server.post_json("/api/brief", {"url": url, "format": "json"}).json()
        assert note["brief"].startswith(LEDE)
        assert note["source"]["url"] == url
    finally:
        code = server.close()
        site.shutdown()
    assert code == 143  # SIGTERM: as the command line ends on it, after a graceful shutdown
    assert server.log().endswith(f"Finished server process [{server.process.pid}]\nbriefing: terminated\n")


def test_serve_says_what_is_wrong_with_its_flags(run):
    assert run("serve", "--help").stdout.startswith("usage: briefing serve")
    result = run("serve", "--port", "70000")
    assert (result.code, result.stderr) == (2, "briefing: serve: --port must be from 0 to 65535, not 70000\n")


def test_a_port_in_use_is_one_line(run):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port))
    assert result.code == 2
    assert result.stderr.startswith(f"briefing: serve: cannot listen on 127.0.0.1:{port}: ")
    assert "Traceback" not in result.stderr


def test_health_says_the_server_is_ready(web_server):
    answer = web_server.get("/api/health")
    assert (answer.status, answer.json()) == (200, {"status": "ok", "workers": 2})


def documented_web_commands() -> list[str]:
    page = (ROOT / "docs" / "browser.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", page, re.DOTALL).group(1)
    lines = [re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith(". .venv")]


def test_the_documented_serve_commands_run_as_written(tmp_path):
    """The block of docs/browser.md, as one script (the server runs in the background while curl calls
    it), on a free port instead of 8000."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = str(probe.getsockname()[1])
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    script = "\n".join(["set -e -o pipefail", *(line.replace("8000", port) for line in documented_web_commands())])
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    completed = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=environment, capture_output=True, text=True,
                               timeout=180)
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "note.pdf").read_bytes().startswith(b"%PDF-")
    assert '"brief": "The city council approved a flood barrier on Tuesday after a year of debate."' in completed.stdout
    assert "Rail strike" in completed.stdout
    assert "Traceback" not in completed.stderr
