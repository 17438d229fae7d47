"""briefing --copy-templates DIR: the default templates to start from, copied out of the package."""

from briefing.render.starter_templates import STARTER_FILES

from conftest import SAMPLE, pdf_text, write


def test_the_templates_are_copied_and_the_copied_note_renders_as_it_is(run, tmp_path):
    result = run("--copy-templates", "house")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [f"house/{name}" for name in STARTER_FILES]
    assert {"note.html", "page.html", "note.css", "note.md", "digest.html", "digest.md"} <= set(STARTER_FILES)
    assert run(SAMPLE, "--template", "house/note.html", "-o", "copied.pdf").code == 0
    assert run(SAMPLE, "-o", "default.pdf").code == 0
    copied = pdf_text(tmp_path / "copied.pdf")
    assert "Harbour city approves £240m flood" in copied and "Bottom line" in copied and "Key facts" in copied
    assert copied.split() == pdf_text(tmp_path / "default.pdf").split()  # the same note, word for word


def test_the_stylesheet_beside_the_copied_note_is_the_one_it_uses(run, tmp_path):
    assert run("--copy-templates", "house").code == 0
    css = tmp_path / "house" / "note.css"
    css.write_text(css.read_text() + "\n/* house style */ h1 { color: rgb(1, 2, 3); }\n")
    page = run(SAMPLE, "--template", "house/note.html", "--format", "html", "-o", "-").stdout
    assert "/* house style */" in page
    assert "/* house style */" not in run(SAMPLE, "--format", "html", "-o", "-").stdout


def test_no_file_is_replaced_and_nothing_is_half_copied(run, tmp_path):
    mine = write(tmp_path / "house" / "page.html", "my own page")
    result = run("--copy-templates", "house")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == ("briefing: house/page.html: exists already; copy the templates into a new folder, "
                             "or move it (nothing was copied)\n")
    assert sorted(path.name for path in (tmp_path / "house").iterdir()) == ["page.html"]
    assert mine.read_text() == "my own page"


def test_a_folder_that_cannot_be_made_is_one_line_and_nothing_copied(run, tmp_path):
    write(tmp_path / "taken", "a file where the folder would be")
    result = run("--copy-templates", "taken/house")
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.startswith("briefing: taken/house: cannot copy the templates: ")
    assert result.stderr.endswith("(nothing was copied)\n") and len(result.stderr.splitlines()) == 1
