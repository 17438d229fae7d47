"""Names that keep each morning ({date}, {time}, {title}) and the shelf (--index)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLE
from morning_fixtures import items, write_feed

MONDAY = "1770883200"  # 12 February 2026 08:00 UTC, as SOURCE_DATE_EPOCH


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", MONDAY)
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    __import__("time").tzset()
    yield
    monkeypatch.undo()
    __import__("time").tzset()


def test_date_and_time_in_o_and_output_dir(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(2)))
    result = run("--digest", "--format", "md", "-o", "digests/{date}-{time}.md", feed)
    assert result.code == 0, result.stderr
    assert result.stdout == "digests/2026-02-12-0800.md\n"
    result = run("--format", "md", "--output-dir", "notes/{date}", feed)
    assert result.code == 0, result.stderr
    assert sorted(path.name for path in (tmp_path / "notes" / "2026-02-12").iterdir()) == [
        "council-decides-on-the-ferry-timetable-1.md", "council-decides-on-the-harbour-barrier-0.md"]


def test_title_in_o_names_the_note_and_the_digest(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    result = run("--format", "md", "-o", "{date} {title}.md", feed)
    assert result.code == 0, result.stderr
    assert (tmp_path / "2026-02-12 council-decides-on-the-harbour-barrier-0.md").is_file()
    result = run("--digest", "--title", "Morning file", "--format", "md", "-o", "d/{title}.md", feed)
    assert result.code == 0, result.stderr
    assert (tmp_path / "d" / "morning-file.md").is_file()


def test_title_in_output_dir_gives_each_note_a_folder(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(2)))
    result = run("--format", "md", "--output-dir", "notes/{title}", feed)
    assert result.code == 0, result.stderr
    assert sorted(str(path.relative_to(tmp_path / "notes")) for path in (tmp_path / "notes").rglob("*.md")) == [
        "council-decides-on-the-ferry-timetable-1/council-decides-on-the-ferry-timetable-1.md",
        "council-decides-on-the-harbour-barrier-0/council-decides-on-the-harbour-barrier-0.md"]
    assert not (tmp_path / "notes" / "{title}").exists()


def test_an_unknown_placeholder_is_refused(run, tmp_path):
    result = run("-o", "notes/{day}.pdf", "examples/article.txt")
    assert result.code == 2
    assert result.stderr == "briefing: -o has an unknown placeholder {day}; use {date}, {time} or {title}\n"


def shelf_rows(index: Path) -> list[tuple[str, str]]:
    page = index.read_text()
    return re.findall(r'<td class="title"><a href="([^"]+)">([^<]+)</a>', page)


def test_index_lists_every_note_and_digest_newest_first(run, tmp_path, monkeypatch):
    feed = write_feed(tmp_path / "town.rss", items(range(2)))
    first = run("--new-only", "--index", "--format", "html", "--output-dir", "shelf/{date}", feed)
    assert first.code == 0, first.stderr
    index = tmp_path / "shelf" / "index.html"
    assert sorted(shelf_rows(index)) == [
        ("2026-02-12/council-decides-on-the-ferry-timetable-1.html", "Council decides on the ferry timetable 1"),
        ("2026-02-12/council-decides-on-the-harbour-barrier-0.html", "Council decides on the harbour barrier 0")]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(MONDAY) + 86400))
    write_feed(feed, items(range(3)))
    second = run("--new-only", "--index", "--digest", "--format", "html", "-o", "shelf/{date}/digest.html", feed)
    assert second.code == 0, second.stderr
    rows = shelf_rows(index)
    assert rows[0] == ("2026-02-13/digest.html", "News digest")
    assert len(rows) == 3
    page = index.read_text()
    assert "digest, HTML" in page and "https://town.example/2" in page
    assert "13 February 2026 08:00" in page and "12 February 2026 08:00" in page


def test_index_is_self_contained_and_never_briefed(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    run("--index", "--format", "html", "--output-dir", "notes", feed)
    page = (tmp_path / "notes" / "index.html").read_text()
    assert '<meta name="generator" content="briefing ' in page
    assert not re.search(r"<script(?![^>]*application/json)|<link |src=|@import|url\(", page)
    shutil.copy(SAMPLE, tmp_path / "notes" / "article.txt")
    result = run("--format", "md", "--output-dir", "again", "notes")
    assert result.code == 0, result.stderr
    assert "notes/index.html: skipped, a note briefing wrote" in result.stderr
    assert [path.name for path in (tmp_path / "again").iterdir()] == ["article.md"]


def test_index_drops_notes_gone_and_takes_in_notes_it_did_not_know(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(2)))
    run("--index", "--format", "html", "--output-dir", "notes", feed)
    (tmp_path / "notes" / "council-decides-on-the-harbour-barrier-0.html").unlink()
    assert run("--format", "html", "--output-dir", "notes", SAMPLE).code == 0  # no --index: not listed yet
    write_feed(feed, items(range(2, 3)))
    run("--index", "--format", "html", "--output-dir", "notes", feed)
    links = sorted(link for link, _ in shelf_rows(tmp_path / "notes" / "index.html"))
    assert links == ["article.html", "council-decides-on-the-ferry-timetable-1.html",
                     "council-decides-on-the-school-meals-2.html"]


def test_index_with_standard_output_is_refused(run):
    result = run("--index", "-o", "-", "examples/article.txt")
    assert result.code == 2
    assert "--index keeps index.html beside the notes" in result.stderr


def test_a_digest_of_many_shows_five_sources_and_counts_the_rest(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(8)))
    assert run("--index", "--digest", "--format", "md", "-o", "d/{date}.md", feed).code == 0
    page = (tmp_path / "d" / "index.html").read_text()
    assert page.count('"><a href="https://town.example/') == 5 and "<li>and 3 more</li>" in page
