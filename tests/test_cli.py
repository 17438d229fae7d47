import json
import subprocess
import sys

import pytest
from briefing.cli import build_parser

from conftest import ROOT, SAMPLE, pdf_text, squash, write


def brief_json(run, *args):
    result = run(SAMPLE, "--format", "json", "-o", "-", *args)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def test_default_run_writes_a_pdf_holding_the_brief_and_every_bullet(run, tmp_path):
    result = run(SAMPLE)
    assert (result.code, result.stderr) == (0, "")
    pdf = tmp_path / "output" / "article.pdf"
    assert result.stdout.strip() == str(pdf.relative_to(tmp_path))
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = squash(pdf_text(pdf))
    data = brief_json(run)
    assert squash(data["title"]) in text
    for sentence in data["brief_sentences"]:
        assert squash(sentence["text"]) in text
    assert len(data["facts"]) == 4
    for fact in data["facts"]:
        assert squash(fact["text"]) in text
    assert "Briefingnote" in text and "Keyfacts" in text
    assert "Filearticle.txt" in text  # the file name, not the local path


def test_paper_size_letter(run, tmp_path):
    from pypdf import PdfReader

    assert run(SAMPLE, "--paper", "letter", "-o", "letter.pdf").code == 0
    assert run(SAMPLE, "-o", "a4.pdf").code == 0
    letter = PdfReader(tmp_path / "letter.pdf").pages
    a4 = PdfReader(tmp_path / "a4.pdf").pages
    assert len(letter) == len(a4) == 1  # the sample fits on one page either way
    assert (round(float(letter[0].mediabox.width)), round(float(letter[0].mediabox.height))) == (612, 792)
    assert (round(float(a4[0].mediabox.width)), round(float(a4[0].mediabox.height))) == (595, 842)


# 5 places of the brief: the sample's two-sentence quotation from Grace Mbeki takes one (selection.places)
@pytest.mark.parametrize(("flag", "value", "count"), [("--sentences", "5", 6), ("--ratio", "0.2", 6)])
def test_length_flags(run, flag, value, count):
    data = brief_json(run, flag, value)
    assert len(data["brief_sentences"]) == count
    indices = [item["index"] for item in data["brief_sentences"]]
    assert indices == sorted(indices)


def test_words_flag_is_a_budget_of_whole_sentences(run):
    data = brief_json(run, "--words", "70")
    assert len(data["brief_sentences"]) >= 1 and len(data["brief"].split()) <= 70


def test_facts_method_title_language_flags(run):
    data = brief_json(run, "--facts", "6", "--method", "lexrank", "--title", "Flood note", "--language", "en")
    assert len(data["facts"]) == 6
    assert data["title"] == "Flood note"
    assert (data["settings"]["method"], data["settings"]["language"]) == ("lexrank", "english")


@pytest.mark.parametrize(("fmt", "marker"), [("md", "## Key facts"), ("html", ">Key facts</h2>")])
def test_markdown_and_html_formats(run, tmp_path, fmt, marker):
    result = run(SAMPLE, "--format", fmt)
    assert result.code == 0
    assert marker in (tmp_path / "output" / f"article.{fmt}").read_text()


def test_output_suffix_picks_the_format(run, tmp_path):
    assert run(SAMPLE, "-o", "notes/brief.json").code == 0
    assert json.loads((tmp_path / "notes" / "brief.json").read_text())["title"]


def test_output_dir_never_collides(run, tmp_path, article_text):
    first = write(tmp_path / "a" / "story.txt", article_text)
    second = write(tmp_path / "b" / "story.txt", article_text.replace("Portmere", "Eastmoor"))
    result = run(first, second, SAMPLE, "--output-dir", "notes", "--format", "json")
    assert result.code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["article.json", "story-2.json", "story.json"]
    assert "Eastmoor" in (tmp_path / "notes" / "story-2.json").read_text()


def test_config_file_in_working_dir_and_flag_precedence(run, tmp_path):
    (tmp_path / "briefing.toml").write_text('sentences = 2\nmethod = "luhn"\nfacts = 3\n')
    data = brief_json(run)  # two places: the lede and Grace Mbeki's quotation of two sentences
    assert ([item["index"] for item in data["brief_sentences"]], data["settings"]["method"], len(data["facts"])) == (
        [0, 21, 22], "luhn", 3)
    data = brief_json(run, "--method", "lead", "--ratio", "0.2")
    assert data["settings"]["method"] == "lead"
    assert [item["index"] for item in data["brief_sentences"]] == [0, 1, 2, 3, 4]


def test_config_flag_names_another_file(run, tmp_path):
    (tmp_path / "team.toml").write_text("facts = 5\n")
    assert len(brief_json(run, "--config", "team.toml")["facts"]) == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sentences", "0"], "briefing: sentences must be at least 1, not 0"),
        (["--ratio", "1.5"], "briefing: ratio must be greater than 0 and at most 1, not 1.5"),
        (["--sentences", "two"], "briefing: argument --sentences: invalid int value: 'two' (see --help)"),
        (["--method", "magic"], "briefing: unknown method 'magic'; choose one of: newsrank, lead, "
                                "lexrank, lsa, luhn, textrank, kl, sumbasic, reduction, edmundson, random"),
        (["--format", "docx"], "briefing: unknown format 'docx'; choose one of: pdf, html, md, json"),
        (["--config", "nope.toml"], "briefing: nope.toml: config file not found"),
        ([ROOT / "README.md", "-o", "x.pdf"], "briefing: -o/--output takes one input; use --output-dir for several"),
    ],
)
def test_invalid_usage_is_one_line_and_exit_2(run, tmp_path, args, message):
    result = run(SAMPLE, *args)
    assert (result.code, result.stderr) == (2, message + "\n")
    assert not (tmp_path / "output").exists()


def test_missing_file_is_one_line_and_exit_2(run):
    result = run("missing.txt")
    assert (result.code, result.stderr, result.stdout) == (2, "briefing: missing.txt: no such file\n", "")


def test_debug_shows_the_traceback(run):
    result = run("missing.txt", "--debug")
    assert result.code == 2
    assert "Traceback" in result.stderr and result.stderr.endswith("briefing: missing.txt: no such file\n")


def test_help_and_version_write_to_the_console_given(run):
    result = run("--help")
    assert result.code == 0 and "--sentences" in result.stdout and result.stderr == ""
    result = run("--version")
    assert (result.code, result.stdout) == (0, "briefing 0.1.0\n")
    result = run()
    assert (result.code, result.stderr) == (2, "briefing: the following arguments are required: INPUT (see --help)\n")


def test_every_option_has_help_text():
    for action in build_parser()._actions:
        assert action.help, f"{action.option_strings or action.dest} has no help text"


def test_missing_pango_is_a_clear_message(run, monkeypatch):
    import importlib.abc

    class NoPango(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "weasyprint":
                raise OSError("cannot load library 'libpango-1.0-0': no such file")

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(sys, "meta_path", [NoPango(), *sys.meta_path])
    result = run(SAMPLE)
    assert result.code == 1
    assert result.stderr.startswith("briefing: WeasyPrint cannot load a system library")
    assert "Install Pango" in result.stderr and result.stderr.count("\n") == 1


def test_runs_offline_without_nltk_data(tmp_path):
    """A subprocess with no NLTK data and every network connection refused still writes the PDF."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    guard = (
        "import socket, sys\n"
        "def refuse(*args, **kwargs): raise OSError('network access attempted')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from briefing.cli import main\n"
        "sys.exit(main())\n"
    )
    env = {"NLTK_DATA": str(empty), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run(
        [sys.executable, "-c", guard, str(SAMPLE), "--method", "lexrank", "-o", str(tmp_path / "x.pdf")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert (completed.returncode, completed.stderr) == (0, "")
    assert (tmp_path / "x.pdf").stat().st_size > 1000


def test_a_quadratic_method_on_a_very_long_text_warns(run, tmp_path, article_text, toy_method):
    long_text = write(tmp_path / "long.txt", "\n\n".join([article_text] * 20))  # 10,450 words
    toy_method(lambda sentences, terms, title: list(range(len(sentences))), cost="quadratic")
    result = run(long_text, "--method", "toy", "--format", "json", "-o", "-")
    assert result.code == 0
    assert result.stderr == (
        "briefing: warning: toy grows with the square of the length and is slow on 10,450 words; "
        "newsrank takes seconds\n"
    )
    assert run(SAMPLE, "--method", "toy", "--format", "json", "-o", "-").stderr == ""
    toy_method(lambda sentences, terms, title: list(range(len(sentences))), cost="linear")
    assert run(long_text, "--method", "toy", "--format", "json", "-o", "-").stderr == ""


def test_help_json_and_markdown_never_import_weasyprint(tmp_path):
    """WeasyPrint costs about a second to import: only PDFs may pay for it."""
    check = (
        "import sys\n"
        "from briefing.cli import main\n"
        "for args in (['--help'], [sys.argv[1], '--format', 'json', '-o', sys.argv[2] + '/a.json'],\n"
        "             [sys.argv[1], '--format', 'md', '-o', sys.argv[2] + '/a.md']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('weasyprint' in sys.modules)\n"
    )
    completed = subprocess.run([sys.executable, "-c", check, str(SAMPLE), str(tmp_path)],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[-1] == "False"
    assert (tmp_path / "a.json").exists() and (tmp_path / "a.md").exists()
