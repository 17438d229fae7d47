"""JSONL archives and JSON records, with our own workers: one article a line, each an input of its
own, named after its id or its line; a bad line is one error naming the file and the line."""

import gzip
import json

import pytest

from conftest import unremarked, write

LEDE = ("Councillors in Portmere voted on Tuesday to build a tidal barrier across the harbour mouth. "
        "The barrier will cost 240 million pounds and take six years to finish, the council said. "
        "Engineers expect it to protect four thousand homes from the winter storm surges. "
        "Opponents warned that the cost could rise and that fishing boats would face delays.")


def article(number: int) -> str:
    return f"Story {number} begins here.\n\n{LEDE}\n\nThe vote was {number} to {number + 1}, officials said."


def archive_lines() -> list[str]:
    return [
        json.dumps({"id": "harbour", "title": "Barrier approved", "text": article(1), "author": ["Ann Lee", "Bo Yu"],
                    "date": "2026-03-04", "url": "https://portmere.example/barrier"}),
        json.dumps({"article": article(2)}),  # no id: named after the archive and the line
        "",  # blank: no note, but counted in the line numbers
        '{"id": "broken", "text": ',
        json.dumps({"id": "harbour", "maintext": article(3)}),  # an id again: harbour-2
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "x", "title": "No text"}),
    ]


def archive(path, lines=None):
    data = ("\n".join(archive_lines() if lines is None else lines) + "\n").encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


BAD_LINES = [
    "briefing: {name}:4: not valid JSON: expecting value at column 26",
    "briefing: {name}:6: is an array in JSON, not an object with an article",
    "briefing: {name}:7: has no article text: none of the fields text, article, maintext is a string",
]


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
def test_each_line_is_an_input_named_after_its_id_or_its_line(run, tmp_path, name):
    archive(tmp_path / name)
    result = run(name, "--format", "json", "--jobs", "2")
    assert result.code == 2
    bad_lines = [line.format(name=name) for line in BAD_LINES]
    assert sorted(unremarked(result.stderr).splitlines()[:-1]) == bad_lines
    assert result.stderr.splitlines()[-1] == "briefing: 3 written, 3 failed"
    assert sorted(result.stdout.split()) == ["output/harbour-2.json", "output/harbour.json", "output/news-2.json"]
    first = json.loads((tmp_path / "output" / "harbour.json").read_text())
    assert first["title"] == "Barrier approved"  # the record's, not the text's first line
    assert first["stats"]["article_sentences"] == 6  # "Story 1 begins here." stays in the body
    assert first["source"] == {"name": f"{name}:1", "headline": "Barrier approved", "byline": "Ann Lee, Bo Yu",
                               "published": "2026-03-04", "url": "https://portmere.example/barrier", "site": None}
    assert json.loads((tmp_path / "output" / "news-2.json").read_text())["source"]["name"] == f"{name}:2"


def test_an_archive_named_like_any_file_is_read_with_input_format_jsonl(run, tmp_path):
    archive(tmp_path / "dump.txt", archive_lines()[:2])
    result = run("dump.txt", "--input-format", "jsonl", "--format", "md")
    assert (result.code, unremarked(result.stderr)) == (0, "briefing: 2 written, 0 failed\n")
    assert sorted(path.name for path in (tmp_path / "output").iterdir()) == ["dump-2.md", "harbour.md"]


def test_archives_in_folders_and_patterns_are_found(run, tmp_path):
    archive(tmp_path / "in" / "a.jsonl", archive_lines()[:1])
    archive(tmp_path / "in" / "b.jsonl.gz", archive_lines()[1:2])
    write(tmp_path / "in" / "c.txt", article(9))
    result = run("in", "--format", "json", "--jobs", "1")
    assert (result.code, unremarked(result.stderr)) == (0, "briefing: 3 written, 0 failed\n")
    # Files first, then each archive's lines in order: the same order a cluster names them in.
    assert result.stdout.split() == ["output/c.json", "output/harbour.json", "output/b-1.json"]


def test_a_line_over_max_size_is_refused_alone(run, tmp_path):
    long_line = json.dumps({"id": "long", "text": "Word " * 300_000})
    archive(tmp_path / "news.jsonl", [archive_lines()[0], long_line, archive_lines()[1]])
    result = run("news.jsonl", "--format", "json", "--max-size", "1")
    assert result.code == 2
    assert unremarked(result.stderr).splitlines() == [
        "briefing: news.jsonl:2: is over the 1 MB limit (raise it with --max-size)", "briefing: 2 written, 1 failed"]


def test_a_missing_or_empty_archive_is_one_line(run, tmp_path):
    archive(tmp_path / "empty.jsonl", ["", "  "])
    assert run("missing.jsonl").stderr == "briefing: missing.jsonl: no such file\n"
    assert run("empty.jsonl").stderr == "briefing: empty.jsonl: is an archive with no lines\n"
    write(tmp_path / "bad.jsonl.gz", "not gzip")
    result = run("bad.jsonl.gz", "empty.jsonl", "--format", "json")
    assert result.code == 2
    assert result.stderr.splitlines() == ["briefing: bad.jsonl.gz: is not a whole gzip file (Not a gzipped file "
                                          "(b'no'))", "briefing: empty.jsonl: is an archive with no lines",
                                          "briefing: 0 written, 2 failed"]


def test_jsonl_gathers_each_archive_in_one_file_in_line_order(run, tmp_path):
    archive(tmp_path / "news.jsonl")
    archive(tmp_path / "more.jsonl.gz", archive_lines()[:2])
    write(tmp_path / "c.txt", article(9))
    result = run("news.jsonl", "more.jsonl.gz", "c.txt", "--format", "json", "--jsonl", "--jobs", "2")
    assert result.code == 2
    assert result.stderr.splitlines()[-1] == "briefing: 6 written, 3 failed"
    assert sorted(result.stdout.split()) == ["output/c.json", "output/more.jsonl", "output/news.jsonl"]
    notes = [json.loads(line) for line in (tmp_path / "output" / "news.jsonl").read_text().splitlines()]
    assert [note["source"]["name"] for note in notes] == ["news.jsonl:1", "news.jsonl:2", "news.jsonl:5"]
    assert len((tmp_path / "output" / "more.jsonl").read_text().splitlines()) == 2
    assert sorted(path.name for path in (tmp_path / "output").iterdir()) == ["c.json", "more.jsonl", "news.jsonl"]


def test_jsonl_never_replaces_the_archive_it_gathers(run, tmp_path):
    archive(tmp_path / "news.jsonl", archive_lines()[:1])
    before = (tmp_path / "news.jsonl").read_bytes()
    result = run("news.jsonl", "--format", "json", "--jsonl", "--output-dir", ".")
    assert (result.code, result.stdout) == (0, "news-2.jsonl\n")
    assert (tmp_path / "news.jsonl").read_bytes() == before


@pytest.mark.parametrize(("flags", "message"), [
    (["--jsonl"], "briefing: --jsonl gathers JSON notes: use it with --format json, not pdf"),
    (["--jsonl", "--format", "json", "-o", "x.json"], "briefing: --jsonl writes one file per archive into "
                                                      "--output-dir; leave out -o"),
])
def test_jsonl_is_refused_where_it_cannot_apply(run, tmp_path, flags, message):
    archive(tmp_path / "news.jsonl")
    assert (run("news.jsonl", *flags).stderr, run("news.jsonl", *flags).code) == (message + "\n", 2)


def test_an_archive_of_one_line_may_go_to_o(run, tmp_path):
    archive(tmp_path / "one.jsonl", archive_lines()[:1])
    result = run("one.jsonl", "-o", "-", "--format", "md")
    assert result.code == 0 and result.stdout.startswith("# Barrier approved")


def test_an_archive_from_standard_input_is_expanded_there(run, tmp_path):
    lines = "\n".join(archive_lines()[:2]) + "\n"
    result = run("-", "--input-format", "jsonl", "--format", "json", "--output-dir", "notes", stdin=lines.encode())
    assert (result.code, unremarked(result.stderr)) == (0, "briefing: 2 written, 0 failed\n")
    assert sorted(result.stdout.split()) == ["notes/harbour.json", "notes/stdin-2.json"]


def test_a_json_record_is_an_article_by_content_or_when_asked(run, tmp_path):
    write(tmp_path / "story", json.dumps({"title": "Barrier approved", "text": article(1), "date": "4 March 2026"}))
    result = run("story", "--format", "json", "-o", "-")
    note = json.loads(result.stdout)
    assert (note["title"], note["source"]["published"]) == ("Barrier approved", "2026-03-04")
    write(tmp_path / "two.json", "\n".join(archive_lines()[:2]))
    result = run("two.json", "--input-format", "json", "--format", "json", "-o", "-")
    assert result.stderr == ("briefing: two.json: not valid JSON: extra data at line 2 column 1 (one article a line? "
                             "name it .jsonl, or use --input-format jsonl)\n")
    write(tmp_path / "cut.json", '{"id": "x", "text": "The barrier')
    assert run("cut.json", "--format", "json", "-o", "-").stderr == (
        "briefing: cut.json: not valid JSON: unterminated string starting at column 21\n")


def test_a_title_repeated_as_the_first_line_is_not_quoted_twice(run, tmp_path):
    record = {"title": "Barrier approved", "text": "Barrier approved\n\n" + LEDE}
    write(tmp_path / "story", json.dumps(record))
    note = json.loads(run("story", "--format", "json", "-o", "-").stdout)
    assert note["title"] == "Barrier approved"
    assert note["brief_sentences"][0]["text"].startswith("Councillors in Portmere")
