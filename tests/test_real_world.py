"""Articles as people have them: pasted pages, heads in many shapes, lists of inputs; flags and
config files as people type them."""

import io
import json
from pathlib import Path

import pytest
from briefing.run.console import Console

from conftest import SAMPLE, unremarked, write

PASTED = Path(__file__).parent / "fixtures" / "pasted.txt"


def brief(run, *args, stdin=b""):
    result = run(*args, "--format", "json", "-o", "-", stdin=stdin)
    assert (result.code, unremarked(result.stderr)) == (0, ""), result.stderr
    return json.loads(result.stdout)


def test_a_page_pasted_from_a_browser_keeps_its_head_and_loses_its_chrome(run):
    data = brief(run, PASTED)
    assert data["title"] == "Hospital waiting lists fall for the first time in three years as winter pressure eases"
    assert data["title_source"] == "headline"
    assert (data["source"]["byline"], data["source"]["published"]) == ("Sarah Whitlock, Health editor", "2026-02-12")
    assert data["brief_sentences"][0]["text"].startswith("Hospital waiting lists in England fell in January")
    every_sentence = json.dumps(data)
    for chrome in ("Home >", "Share this", "Facebook", "Advertisement", "hours ago", "Related:", "cookies",
                   "newsletter", "Daily Ledger"):
        assert chrome not in every_sentence
    assert data["stats"]["article_sentences"] == 5


@pytest.mark.parametrize(
    ("head", "byline", "published"),
    [
        ("By Sarah Whitlock, Health editor\n12 February 2026", "Sarah Whitlock, Health editor", "2026-02-12"),
        ("Sarah Whitlock / Published: Thu 12 February 2026", "Sarah Whitlock", "2026-02-12"),
        ("By Gary Graves | Feb. 3, 2025, 4:05 p.m. ET", "Gary Graves", "2025-02-03"),
        ("Last modified on Thu 12 Feb 2026 09.30 GMT", None, "2026-02-12"),
        ("Updated 2026-02-12T09:00:00Z", None, "2026-02-12"),
        ("Published 03/04/2026", None, None),  # day or month first? not guessed
        ("Sarah Whitlock\nPublished: Thu 12 February 2026", "Sarah Whitlock", "2026-02-12"),
        ("By Simon Jack\nBusiness editor\n10 February 2005", "Simon Jack, Business editor", "2005-02-10"),
        ("Maria Lopez\n11/02/2005", "Maria Lopez", None),  # a date all the same, though not read
    ],
)
def test_bylines_and_dates_in_the_shapes_they_come_in(run, tmp_path, head, byline, published):
    path = write(tmp_path / "story.txt", f"Ferry fares rise again\n{head}\n\n" + SAMPLE.read_text().split("\n\n", 1)[1])
    data = brief(run, path)
    assert data["title"] == "Ferry fares rise again"
    assert (data["source"]["byline"], data["source"]["published"]) == (byline, published)
    assert data["stats"]["article_sentences"] == brief(run, SAMPLE)["stats"]["article_sentences"]  # no head left


def test_a_long_headline_is_still_a_headline_and_a_site_name_above_it_is_dropped(run, tmp_path):
    headline = ("Thirty words long, this headline about the harbour barrier, the storms that flooded the "
                "city twice and the long vote that ended a decade of argument is still a headline")
    path = write(tmp_path / "long.txt", f"Portmere Post\n{headline}\n\n" + SAMPLE.read_text().split("\n\n", 1)[1])
    data = brief(run, path)
    assert data["title"] == headline and len(headline.split()) == 30
    assert "Portmere Post" not in json.dumps(data)


def test_a_head_written_line_by_line_right_above_the_lede_keeps_the_lede(run, tmp_path):
    body = SAMPLE.read_text().split("\n\n", 1)[1]
    lede = body.split("\n\n")[0]
    head = "Ferry fares rise again\nSarah Whitlock\nPublished: Thu 12 February 2026"
    path = write(tmp_path / "story.txt", f"{head}\n{body}")  # no blank line under the head
    data = brief(run, path, "--ratio", "1")
    assert (data["title"], data["source"]["byline"], data["source"]["published"]) == (
        "Ferry fares rise again", "Sarah Whitlock", "2026-02-12")
    assert data["brief_sentences"][0]["text"] == lede  # the lede, alone (one sentence)
    assert data["brief_sentences"][0]["index"] == 0


def test_a_page_pasted_in_one_block_loses_its_menus_and_keeps_its_paragraphs(run, tmp_path):
    paragraphs = [" ".join(paragraph.split()) for paragraph in SAMPLE.read_text().split("\n\n")[1:]]
    page = ["Skip to content", "Portmere Post Homepage", "Sign in", "Home", "News", "Sport", "Weather", "Podcasts",
            "Menu", "Search Portmere Post", "Business", "Home > News > Local", "Ferry fares rise again",
            "By Simon Jack", "Business editor", "10 February 2026", "Share", "Facebook Twitter Email",
            *paragraphs, "Copyright 2026 Portmere Post. All rights reserved. The Portmere Post is not responsible for "
            "the content of external sites.", "Accept cookies"]
    data = brief(run, write(tmp_path / "page.txt", "\n".join(page)), "--facts", "20", "--ratio", "1")
    assert (data["title"], data["source"]["byline"], data["source"]["published"]) == (
        "Ferry fares rise again", "Simon Jack, Business editor", "2026-02-10")
    clean = brief(run, SAMPLE)["stats"]
    assert (data["stats"]["article_words"], data["stats"]["article_sentences"]) == (
        clean["article_words"], clean["article_sentences"])  # the body, and nothing but the body
    assert data["brief_sentences"][0] == {**data["brief_sentences"][0], "text": paragraphs[0], "paragraph": 0}
    assert data["brief_sentences"][-1]["paragraph"] == len(paragraphs) - 1  # a paragraph a line
    every_sentence = json.dumps([data["brief_sentences"], data["facts"]])
    for chrome in ("Homepage", "Weather", "Podcasts", "Business editor", "February 2026", "external sites"):
        assert chrome not in every_sentence


def test_a_title_case_headline_under_a_site_name_is_not_a_byline(run, tmp_path):
    path = write(tmp_path / "story.txt", "Portmere Post\nFerry Fares Rise\n10 February 2026\n\n"
                 + SAMPLE.read_text().split("\n\n", 1)[1])
    data = brief(run, path)
    assert (data["title"], data["source"]["byline"]) == ("Ferry Fares Rise", None)


def test_markdown_front_matter_gives_title_author_and_date(run, tmp_path):
    path = write(tmp_path / "note.md", (
        "---\ntitle: \"Museum reopens after refit\"\nauthor: [Ana Lopes, Ben Ode]\ndate: 2026-03-01\n"
        "url: https://example.org/museum\n---\n\n"
        "The city museum reopened on Saturday after a two-year refit costing £12 million.\n\n"
        "Visitor numbers fell to 40,000 a year before the museum closed in 2024.\n"
    ))
    data = brief(run, path)
    assert data["title"] == "Museum reopens after refit"
    assert data["source"]["byline"] == "Ana Lopes, Ben Ode"
    assert data["source"]["published"] == "2026-03-01"
    assert data["source"]["url"] == "https://example.org/museum"


def test_an_article_without_a_headline_gets_a_title_in_its_own_words_never_a_file_name(run, tmp_path):
    body = SAMPLE.read_text().split("\n\n", 1)[1]
    for data in (brief(run, write(tmp_path / "article.txt", body)), brief(run, "-", stdin=body.encode())):
        assert data["title"] == "Councillors in Portmere voted on Tuesday to build a £240 million tidal…"
        assert data["title_source"] == "derived"
        assert body.startswith(data["title"].rstrip("…"))
    assert brief(run, SAMPLE, "--title", "Flood note")["title_source"] == "flag"


def test_standard_input_is_credited_with_source_url_and_name(run, tmp_path):
    data = brief(run, "-", "--source-url", "https://portmere.example/news/barrier", "--source-name",
                 "Portmere Post", stdin=SAMPLE.read_bytes())
    assert (data["source"]["url"], data["source"]["site"]) == ("https://portmere.example/news/barrier", "Portmere Post")
    (tmp_path / "briefing.toml").write_text('source-name = "Portmere Post"\n')
    assert brief(run, "-", stdin=SAMPLE.read_bytes())["source"]["site"] == "Portmere Post"


def test_one_note_flags_are_refused_for_a_batch(run, tmp_path):
    second = write(tmp_path / "b.txt", SAMPLE.read_text())
    for flag in ("--title", "--source-url", "--source-name"):
        result = run(SAMPLE, second, flag, "x")
        assert (result.code, result.stderr) == (
            2, f"briefing: {flag} describes one article; give one input, or leave it out for a batch\n")
    assert not (tmp_path / "output").exists()
    result = run(SAMPLE, "--title", "x", second)  # an input after a flag is an input all the same
    assert (result.code, result.stderr) == (
        2, "briefing: --title describes one article; give one input, or leave it out for a batch\n")


def test_inputs_may_come_before_between_and_after_options(run, tmp_path):
    second = write(tmp_path / "b.txt", SAMPLE.read_text())
    result = run(SAMPLE, "--format", "md", second, "--output-dir", "notes")
    assert (result.code, sorted(result.stdout.split())) == (0, ["notes/article.md", "notes/b.md"])


def test_an_input_list_names_files_and_urls_one_a_line(run, tmp_path):
    write(tmp_path / "lists" / "a.txt", SAMPLE.read_text())
    write(tmp_path / "lists" / "today.txt", "# this morning\na.txt\n\n   \nmissing.txt  # gone\n")
    result = run("-i", "lists/today.txt", "--format", "json")
    assert result.code == 2
    assert result.stderr == "briefing: lists/missing.txt: no such file\nbriefing: 1 written, 1 failed\n"
    assert (tmp_path / "output" / "a.json").exists()
    result = run("--input-file", "-", "--format", "json", "--output-dir", "from-stdin", stdin=b"lists/a.txt\n")
    assert result.code == 0 and (tmp_path / "from-stdin" / "a.json").exists()
    result = run("-i", "nowhere.txt")
    assert (result.code, result.stderr) == (
        2, "briefing: nowhere.txt: cannot read the input list: No such file or directory\n")


def test_choices_ignore_case_and_take_sumy_spellings(run):
    data = brief(run, SAMPLE, "--method", "Lex-Rank", "--paper", "A4", "--language", "EN")
    assert (data["settings"]["method"], data["settings"]["language"]) == ("lexrank", "english")
    assert brief(run, SAMPLE, "--method", "TextRank")["settings"]["method"] == "textrank"
    result = run(SAMPLE, "--format", "JSON", "-o", "-")
    assert result.code == 0 and json.loads(result.stdout)["title"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sentneces", "3"], "unknown option --sentneces; did you mean --sentences?"),
        (["--method", "textrnk"], "unknown method 'textrnk' (did you mean textrank?); choose one of: newsrank, "
                                  "lead, lexrank, lsa, luhn, textrank, kl, sumbasic, reduction, edmundson, random"),
        (["-o", "note.txt"], "note.txt: the pdf format is written to a .pdf file, not .txt (choose the format "
                             "with --format)"),
        (["-o", "note.docx"], "note.docx: the pdf format is written to a .pdf file, not .docx (choose the "
                              "format with --format)"),
        (["--format", "md", "-o", "note.pdf"], "note.pdf: the md format is written to a .md or .markdown file, "
                                               "not .pdf (choose the format with --format)"),
    ],
)
def test_mistakes_in_flags_and_output_names_are_named(run, tmp_path, args, message):
    result = run(SAMPLE, *args)
    assert (result.code, result.stderr) == (2, f"briefing: {message}\n")
    assert list(tmp_path.iterdir()) == [tmp_path / "xdg-config"] or not any(
        path.suffix for path in tmp_path.iterdir())


def test_pdf_bytes_are_never_written_to_a_terminal(tmp_path, monkeypatch):
    from briefing.cli import main

    monkeypatch.chdir(tmp_path)
    terminal = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    errors = io.StringIO()
    console = Console(io.BytesIO(), terminal, errors, stdout_is_terminal=True)
    assert main([str(SAMPLE), "-o", "-"], console=console) == 2
    assert errors.getvalue() == ("briefing: pdf output would garble the terminal; redirect it (> note.pdf) "
                                 "or name a file with -o\n")
    assert main([str(SAMPLE), "--format", "md", "-o", "-"], console=console) == 0  # text is fine


def test_a_failed_run_leaves_no_new_output_folder(run, tmp_path):
    result = run(write(tmp_path / "empty.txt", ""), "--output-dir", "notes/today")
    assert result.code == 2
    assert not (tmp_path / "notes").exists()
    (tmp_path / "kept").mkdir()
    assert run(tmp_path / "empty.txt", "--output-dir", "kept").code == 2
    assert (tmp_path / "kept").is_dir()  # a folder that was there before stays


def test_config_paths_are_taken_from_the_files_folder_and_a_user_file_sits_below(run, tmp_path):
    write(tmp_path / "team" / "team.toml", 'output-dir = "notes"\njobs = 1\n')
    assert run(SAMPLE, "--config", "team/team.toml", "--format", "md").code == 0
    assert (tmp_path / "team" / "notes" / "article.md").exists()
    write(tmp_path / "xdg-config" / "briefing" / "briefing.toml", 'facts = 2\nsentences = 1\n')
    assert len(brief(run, SAMPLE)["facts"]) == 2
    (tmp_path / "briefing.toml").write_text("facts = 3\n")  # the working folder's file wins
    data = brief(run, SAMPLE)
    assert (len(data["facts"]), len(data["brief_sentences"])) == (3, 1)


def press_release_pdf(pages_of_text: int = 1) -> bytes:
    """Our sample article as a press office would send it: a PDF with running headers, page
    numbers and hyphenation."""
    import html as markup

    import weasyprint

    headline, body = SAMPLE.read_text().split("\n\n", 1)
    paragraphs = "".join(f"<p>{markup.escape(p)}</p>" for p in body.split("\n\n")) * pages_of_text
    css = ('@page { size: A4; margin: 25mm; @top-left { content: "Portmere City Council — press office" } '
           '@bottom-center { content: "Page " counter(page) " of " counter(pages) } } '
           "p { hyphens: auto; text-align: justify } h1 { font-size: 20pt }")
    page = (f'<html lang="en"><head><title>{markup.escape(headline)}</title><style>{css}</style></head>'
            f"<body><h1>{markup.escape(headline)}</h1>{paragraphs}</body></html>")
    return weasyprint.HTML(string=page).write_pdf()


def test_a_pdf_press_release_is_read_without_its_running_headers(run, tmp_path):
    path = tmp_path / "release.pdf"
    path.write_bytes(press_release_pdf(2))
    data = brief(run, path)
    assert data["title"] == "Harbour city approves £240m flood barrier after record winter storms"
    assert data["brief_sentences"][0]["text"].startswith("Councillors in Portmere voted on Tuesday")
    text = json.dumps(data)
    assert "press office" not in text and "Page 1" not in text
    assert data["stats"]["article_words"] == 2 * brief(run, SAMPLE)["stats"]["article_words"]
    (tmp_path / "misnamed.txt").write_bytes(path.read_bytes())  # a PDF is a PDF, whatever its name
    assert brief(run, tmp_path / "misnamed.txt")["title"] == data["title"]


def test_a_word_document_gives_its_title_and_body(run, tmp_path):
    import docx_fixtures

    path = tmp_path / "statement.docx"
    path.write_bytes(docx_fixtures.document())
    data = brief(run, path, "--sentences", "2")
    assert data["title"] == "Council raises water prices"
    assert (data["source"]["byline"], data["source"]["published"]) == ("Jane Doe", "2025-03-14")
    assert data["brief"] == " ".join(docx_fixtures.BODY[:2])


def test_bad_pdfs_and_word_files_fail_alone_in_a_batch(run, tmp_path):
    import pdf_fixtures

    write(tmp_path / "in" / "good.txt", SAMPLE.read_text())
    (tmp_path / "in" / "scan.pdf").write_bytes(pdf_fixtures.scanned(1))
    (tmp_path / "in" / "locked.pdf").write_bytes(pdf_fixtures.encrypted(press_release_pdf(), user_password="x"))
    (tmp_path / "in" / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    result = run(tmp_path / "in", "--format", "json", "--jobs", "1")
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"briefing: {tmp_path / 'in' / 'broken.docx'}: is not a valid Word file (damaged or not a .docx)",
        f"briefing: {tmp_path / 'in' / 'locked.pdf'}: is an encrypted PDF that needs a password",
        f"briefing: {tmp_path / 'in' / 'scan.pdf'}: is a scanned PDF with no text layer (it would need OCR)",
        "briefing: 1 written, 3 failed",
    ]
    assert [p.name for p in (tmp_path / "output").iterdir()] == ["good.json"]


def test_a_word_file_that_unpacks_to_more_text_than_the_size_limit_is_refused(run, tmp_path):
    import io

    import docx

    document = docx.Document()
    for number in range(3000):
        document.add_paragraph(f"Paragraph {number} repeats the council's statement on the new barrier again.")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "long.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    result = run(path, "--max-size", "0.1", "--format", "json")
    assert (result.code, result.stderr) == (
        2, f"briefing: {path}: unpacks to over 0.1 MB of text, the --max-size limit (raise it with --max-size)\n")
