"""Each extension point is one table entry plus its function: a toy entry proves it end to end."""

import json
import re

from briefing.read.input_types import INPUT_TYPES, InputType, detect
from briefing.read.parsers import Parsed
from briefing.render.formats import OUTPUT_FORMATS
from briefing.summarize.methods import METHODS

from conftest import ROOT, SAMPLE, write


def test_a_registered_method_is_offered_validated_and_used(run, toy_method):
    toy_method(lambda sentences, terms, title: list(reversed(range(len(sentences)))))
    assert "toy" in run("--help").stdout
    result = run(SAMPLE, "--method", "toy", "--sentences", "1", "--format", "json", "-o", "-")
    data = json.loads(result.stdout)
    assert data["settings"]["method"] == "toy"
    # the toy's last-first order, kept to the note's rules: "The council said …" needs the council named first
    assert data["brief"] == "Construction is expected to begin in spring 2027, once a marine licence has been granted."


def test_a_registered_output_format_is_named_inferred_and_written(run, tmp_path, toy_output):
    toy_output(lambda briefing, options: f"TOY {briefing.title}\n".encode())
    assert "toy" in run("--help").stdout
    assert run(SAMPLE, "--format", "toy").code == 0
    assert (tmp_path / "output" / "article.toy").read_text().startswith("TOY Harbour city approves")
    assert run(SAMPLE, "-o", "note.toy").code == 0  # the format from the suffix
    assert (tmp_path / "note.toy").read_text().startswith("TOY")


def test_a_registered_input_type_is_found_in_folders_detected_and_parsed(run, tmp_path, monkeypatch):
    def parse_cards(data, source):
        title, *lines = data.decode().split("|")
        return Parsed([line.strip() for line in lines], title=title.strip())

    cards = InputType("cards", (".cards",), ("text/x-cards",), "index cards", parse_bytes=parse_cards,
                      sniff=lambda data: data.startswith(b"CARDS:"))
    monkeypatch.setitem(INPUT_TYPES, "cards", cards)
    write(tmp_path / "in" / "story.cards", "Card title | The first card says the mayor resigned on Monday. "
          "| The second card says a vote follows in May.")
    result = run(tmp_path / "in", "--format", "json", "--output-dir", "notes")
    assert result.code == 0, result.stderr
    data = json.loads((tmp_path / "notes" / "story.json").read_text())
    assert data["title"] == "Card title"
    assert data["stats"]["article_sentences"] == 2
    assert detect(b"CARDS: x", name="no-suffix") is cards  # by content
    assert detect(b"x", name="a.txt", media_type="text/x-cards") is cards  # by media type first
    assert detect(b"CARDS: x", name="a.txt", requested="txt") is INPUT_TYPES["txt"]  # as asked


def test_the_flag_table_lists_every_method_input_type_and_output_format():
    usage = (ROOT / "docs" / "usage.md").read_text()
    flags = re.search(r"\| `--method NAME` \|([^\n]*)", usage).group(1)
    assert all(f"`{name}`" in flags for name in METHODS)
    formats = re.search(r"\| `--format F` \|([^\n]*)", usage).group(1)
    assert all(f"`{name}`" in formats for name in OUTPUT_FORMATS)
    inputs = re.search(r"\| `--input-format F` \|([^\n]*)", usage).group(1)
    assert all(f"`{name}`" in inputs for name in INPUT_TYPES)
    methods_page = (ROOT / "docs" / "methods.md").read_text()
    assert all(re.search(rf"^\| [^|]*`{name}`", methods_page, re.MULTILINE) for name in METHODS)


def test_a_setting_is_one_field_which_gives_its_flag_its_help_and_its_config_key(run, tmp_path):
    from dataclasses import fields

    from briefing.options import GROUPS

    help_text = " ".join(run("--help").stdout.split())
    for options in GROUPS.values():
        for option in fields(options):
            flag = "--" + option.name.replace("_", "-")
            assert flag in help_text, flag
            opening = option.metadata["help"].split("{")[0].split("(")[0].strip()
            assert " ".join(opening.split()) in help_text, (flag, opening)
    (tmp_path / "briefing.toml").write_text("facts = 2\nmax-items = 3\n")
    data = json.loads(run(SAMPLE, "--format", "json", "-o", "-").stdout)
    assert len(data["facts"]) == 2


def test_help_is_grouped_ends_with_examples_and_takes_no_abbreviation(run):
    shown = run("--help").stdout
    headings = [line[:-1] for line in shown.splitlines() if line.endswith(":") and not line.startswith(" ")]
    assert headings == ["input", "length", "method", "output", "the note", "batch", "digest", "cluster", "other",
                        "examples"]
    assert run("-V").stdout.startswith("briefing ")
    abbreviated = run(SAMPLE, "--sent", "2")
    assert (abbreviated.code, abbreviated.stderr) == (2, "briefing: unknown option --sent; did you mean --sentences?\n")


def test_quiet_says_only_what_failed_and_verbose_what_was_done(run, tmp_path):
    write(tmp_path / "a.txt", (ROOT / "examples" / "article.txt").read_text())
    quiet = run(tmp_path / "a.txt", tmp_path / "gone.txt", "--format", "json", "-q")
    assert quiet.code == 2
    assert quiet.stderr == f"briefing: {tmp_path / 'gone.txt'}: no such file\n"  # no tally
    verbose = run(tmp_path / "a.txt", "--format", "json", "-v")
    lines = verbose.stderr.splitlines()
    assert lines[0] == "briefing: 1 input; method newsrank, language auto, format json"
    assert lines[1].startswith(f"briefing: {tmp_path / 'a.txt'}: 'Harbour city approves")
    assert re.fullmatch(r"briefing: took \d+\.\d\d s", lines[-1])
