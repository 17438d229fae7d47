"""A user's template runs nothing, reads nothing outside its folder, attaches nothing, and its
HTML travels alone: Jinja's sandbox, a confined loader, and a rewriter of the page."""

import os

import pytest
from pypdf import PdfReader

from conftest import SAMPLE, pdf_text, squash, write
from test_pdf import png

EXPLOIT = "{{ cycler.__init__.__globals__.os.popen('id > PWNED').read() }}"
PAGE = (
    '<!DOCTYPE html><html lang="{{{{ language }}}}"><head><meta charset="utf-8"><title>{{{{ title }}}}</title>'
    "{head}</head><body><h1>{{{{ title }}}}</h1>{body}<p>{{{{ brief_text }}}}</p></body></html>"
)


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_template_cannot_reach_python_and_run_a_command(run, tmp_path, fmt):
    template = write(tmp_path / "look.html", PAGE.format(head="", body=EXPLOIT))
    write(tmp_path / "briefing.toml", f'template = "{template}"\nformat = "{fmt}"\n')
    result = run(SAMPLE, "-o", f"note.{fmt}")
    assert result.code == 2
    assert result.stderr.startswith(f"briefing: {template}: template refused: access to attribute '__init__'")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / f"note.{fmt}").exists()


@pytest.mark.parametrize("tag", ["include", "extends"])
def test_include_and_extends_never_leave_the_template_folder(run, tmp_path, tag):
    secret = write(tmp_path / "secret.html", "<p>SECRET PART</p>")
    folder = tmp_path / "house"
    write(folder / "own.html", "<p>OWN PART</p>")
    os.symlink(secret, folder / "linked.html")
    ok = write(folder / "ok.html", PAGE.format(head="", body=f'{{% {tag} "own.html" %}}'))
    assert run(SAMPLE, "--template", ok, "--format", "html", "-o", "-").code == 0
    for name in ("linked.html", "../secret.html", str(secret)):
        template = write(folder / "note.html", PAGE.format(head="", body=f'{{% {tag} "{name}" %}}'))
        result = run(SAMPLE, "--template", template, "--format", "html", "-o", "-")
        assert (result.code, result.stdout) == (2, "")
        assert result.stderr == f"briefing: {template}: template {name!r} not found in its folder\n"


def test_a_binary_or_unreadable_template_is_a_usage_error(run, tmp_path):
    result = run(SAMPLE, "--template", "/bin/ls", "--format", "html", "-o", "-")
    assert (result.code, result.stderr) == (2, "briefing: /bin/ls: template 'ls' is not a UTF-8 text file\n")
    folder = tmp_path / "folder.html"
    folder.mkdir()
    result = run(SAMPLE, "--template", folder, "-o", "note.pdf")
    assert (result.code, result.stderr) == (2, f"briefing: {folder}: template not found\n")
    assert not (tmp_path / "note.pdf").exists()


def test_a_template_attaches_no_file_to_the_pdf(run, tmp_path):
    folder = tmp_path / "house"
    write(folder / "data.csv", "a,b\n1,2\n")
    template = write(folder / "note.html", PAGE.format(
        head='<link rel="attachment" href="data.csv">',
        body='<p><a rel="attachment" href="data.csv" download="data.csv">the data</a></p>',
    ))
    result = run(SAMPLE, "--template", template, "-o", "note.pdf")
    assert (result.code, result.stderr) == (0, "")
    reader = PdfReader(tmp_path / "note.pdf")
    assert "/EmbeddedFiles" not in (reader.trailer["/Root"].get("/Names") or {})
    subtypes = {str(a.get_object()["/Subtype"]) for page in reader.pages for a in page.get("/Annots") or []}
    assert "/FileAttachment" not in subtypes
    assert "thedata" in squash(pdf_text(tmp_path / "note.pdf"))


def test_html_output_inlines_its_own_files_and_drops_everything_that_would_load(run, tmp_path):
    folder = tmp_path / "house"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "logo.png").write_bytes(png())
    (tmp_path / "outside.png").write_bytes(png(3, 3))
    write(folder / "base.css", "h1 { color: #c00; background: url(img/logo.png); }")
    write(folder / "house.css", '@import "base.css";\n@import url("../outside.css");\n@import "https://x.example/a.css";\n'
          "p { background: url('../outside.png') } body { background: url(https://x.example/t.png) }")
    write(tmp_path / "outside.css", "h2 { color: blue; }")
    template = write(folder / "note.html", PAGE.format(
        head='<link rel="stylesheet" href="house.css"><base href="https://x.example/">'
             '<meta http-equiv="refresh" content="0; url=https://x.example/">',
        body='<iframe src="https://x.example/frame">inside</iframe><embed src="https://x.example/e.swf">'
             '<object data="https://x.example/o.pdf"><p>fallback</p></object>'
             '<svg><image href="https://x.example/i.png"/><image href="img/logo.png"/></svg>'
             '<video src="https://x.example/v.mp4"></video><script src="https://x.example/s.js"></script>'
             '<div style="background: url(img/logo.png)">styled</div><a href="https://x.example/read">read</a>',
    ))
    result = run(SAMPLE, "--template", template, "--format", "html", "-o", "-")
    assert (result.code, result.stderr) == (0, "")
    html = result.stdout
    assert "h1 { color: #c00; background: url(\"data:image/png;base64," in html  # imported, then inlined
    for gone in ("<iframe", "inside", "<embed", "<object", "fallback", "x.example/i.png", "<video", "<script",
                 "<base", "refresh", "outside.", "@import", "h2 { color: blue; }", "x.example/t.png", "<link"):
        assert gone not in html, gone
    assert html.count("data:image/png;base64,") == 3  # the h1 background, the svg image, the div's style
    assert '<a href="https://x.example/read">read</a>' in html  # a link is not a load
    assert "Content-Security-Policy" in html and "default-src &#x27;none&#x27;" not in html


def test_default_html_reads_well_on_a_phone(run):
    html = run(SAMPLE, "--format", "html", "-o", "-").stdout
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media screen" in html and "max-width: 42rem" in html
    assert html.index("Content-Security-Policy") < html.index("<style>")
