"""--new-only: what an earlier run briefed is left out, remembered in a SQLite state database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from morning_fixtures import Item, items, write_archive, write_feed

NOTHING_NEW = "briefing: nothing new since "


@pytest.fixture(autouse=True)
def state_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    return tmp_path / "xdg-state" / "briefing" / "state.sqlite"


def notes_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("*.md")) if folder.is_dir() else []


def morning(run, *inputs, out="notes", extra=()):
    return run("--new-only", "--format", "md", "--output-dir", out, *extra, *inputs)


def test_five_items_give_five_notes_then_none_then_the_two_added(run, tmp_path, state_home):
    feed = write_feed(tmp_path / "town.rss", items(range(5)))
    first = morning(run, feed, out="day1")
    assert first.code == 0, first.stderr
    assert len(notes_in(tmp_path / "day1")) == 5
    assert first.stderr.strip().endswith("5 written, 0 failed")
    assert state_home.is_file()

    again = morning(run, feed, out="day2")
    assert again.code == 0
    assert again.stderr.count("\n") == 1 and again.stderr.startswith(NOTHING_NEW)
    assert again.stdout == ""
    assert not (tmp_path / "day2").exists()  # no file written, no folder left behind

    write_feed(feed, items(range(7)))
    third = morning(run, feed, out="day3")
    assert third.code == 0, third.stderr
    assert notes_in(tmp_path / "day3") == ["council-decides-on-the-market-stalls-6.md",
                                            "council-decides-on-the-river-survey-5.md"]
    assert "2 written, 0 failed, 5 briefed before" in third.stderr


def test_nothing_new_names_the_last_run_in_words(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(2)))
    morning(run, feed)
    again = morning(run, feed)
    assert __import__("re").fullmatch(r"briefing: nothing new since \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}\n",
                                      again.stderr)


def test_a_feed_item_is_remembered_by_its_guid_when_its_link_changes(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", [Item(1, guid="urn:story:1", link="https://town.example/a")])
    assert morning(run, feed).code == 0
    write_feed(feed, [Item(1, guid="urn:story:1", link="https://town.example/a-corrected")])
    assert morning(run, feed, out="later").stderr.startswith(NOTHING_NEW)


def test_a_feed_item_without_guid_is_remembered_by_its_link(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", [Item(1, link="https://town.example/a")])
    assert morning(run, feed).code == 0
    write_feed(feed, [Item(1, link="https://town.example/b")])  # same text, another link: another item
    assert notes_in(tmp_path / "later") == [] and morning(run, feed, out="later").code == 0
    assert len(notes_in(tmp_path / "later")) == 1


def test_files_are_remembered_by_content_an_edit_is_new_a_copy_is_not(run, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for item in items(range(3)):
        (inbox / f"{item.number}.txt").write_text(item.title + "\n\n" + "\n\n".join(item.paragraphs()))
    assert len(notes_in(tmp_path / "notes")) == 0
    assert morning(run, inbox).code == 0
    assert len(notes_in(tmp_path / "notes")) == 3
    (inbox / "copy-of-1.txt").write_bytes((inbox / "1.txt").read_bytes())
    (inbox / "2.txt").write_text((inbox / "2.txt").read_text() + "\n\nA correction was added on Wednesday.\n")
    later = morning(run, inbox, out="later")
    assert notes_in(tmp_path / "later") == ["2.md"]
    assert "1 written, 0 failed, 3 briefed before" in later.stderr


def test_archive_lines_are_remembered_by_id(run, tmp_path):
    archive = write_archive(tmp_path / "wire.jsonl", items(range(3)))
    assert morning(run, archive).code == 0
    assert notes_in(tmp_path / "notes") == ["story-0.md", "story-1.md", "story-2.md"]
    write_archive(archive, list(reversed(items(range(4)))))  # reordered, one added
    assert morning(run, archive, out="later").code == 0
    assert notes_in(tmp_path / "later") == ["story-3.md"]


def test_archive_lines_without_id_are_remembered_by_their_text(run, tmp_path):
    archive = write_archive(tmp_path / "wire.jsonl", items(range(2)), ids=False)
    morning(run, archive)
    write_archive(archive, items(range(3)), ids=False)
    morning(run, archive, out="later")
    assert notes_in(tmp_path / "later") == ["wire-3.md"]


def test_a_digest_remembers_what_it_took(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(3)))
    first = run("--new-only", "--digest", "--format", "md", "-o", "monday.md", feed)
    assert first.code == 0, first.stderr
    assert "3 digested" in first.stderr
    write_feed(feed, items(range(4)))
    second = run("--new-only", "--digest", "--format", "md", "-o", "tuesday.md", feed)
    assert second.code == 0, second.stderr
    tuesday = (tmp_path / "tuesday.md").read_text()
    assert "cycle lanes" not in tuesday and "library hours 3" in tuesday
    assert "harbour barrier 0" not in tuesday and "ferry timetable 1" not in tuesday
    third = run("--new-only", "--digest", "--format", "md", "-o", "wednesday.md", feed)
    assert third.code == 0 and third.stderr.startswith(NOTHING_NEW)
    assert not (tmp_path / "wednesday.md").exists()


def test_an_output_that_fails_is_not_remembered_and_comes_again(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(2)))
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "council-decides-on-the-ferry-timetable-1.md").mkdir()  # a folder in the way
    failed = morning(run, feed)
    assert failed.code == 2
    assert "1 written, 1 failed" in failed.stderr
    (tmp_path / "notes" / "council-decides-on-the-ferry-timetable-1.md").rmdir()
    again = morning(run, feed, out="later")
    assert notes_in(tmp_path / "later") == ["council-decides-on-the-ferry-timetable-1.md"]
    assert again.code == 0


def test_state_flag_names_the_database(run, tmp_path, state_home):
    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    morning(run, feed, extra=("--state", "mine.sqlite"))
    assert (tmp_path / "mine.sqlite").is_file() and not state_home.exists()
    rows = sqlite3.connect(tmp_path / "mine.sqlite").execute("SELECT key, source, output FROM briefed").fetchall()
    assert rows == [("https://town.example/0", "https://town.example/0",
                     "notes/council-decides-on-the-harbour-barrier-0.md")]


def test_without_new_only_nothing_is_remembered(run, tmp_path, state_home):
    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    assert run("--format", "md", feed).code == 0
    assert not state_home.exists()


@pytest.mark.parametrize("content", [b"this is not a database at all, just text" * 40, b""])
def test_a_damaged_state_is_one_line_exit_2_and_left_as_it_is(run, tmp_path, content):
    feed = write_feed(tmp_path / "town.rss", items(range(2)))
    state = tmp_path / "state.sqlite"
    state.write_bytes(content)
    result = morning(run, feed, extra=("--state", state))
    assert result.code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"briefing: {state}: ")
    assert state.read_bytes() == content
    assert not (tmp_path / "notes").exists()


def test_a_database_of_another_program_is_refused(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    result = morning(run, feed, extra=("--state", other))
    assert result.code == 2
    assert "is not a briefing state database" in result.stderr


def test_a_state_damaged_inside_is_refused(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(3)))
    state = tmp_path / "state.sqlite"
    morning(run, feed, extra=("--state", state))
    data = bytearray(state.read_bytes())
    page = 4096
    data[page + 100: page * 2] = b"\xff" * (page - 100)  # the second page, the table's, overwritten
    state.write_bytes(bytes(data))
    for extra in (state.with_name("state.sqlite-wal"), state.with_name("state.sqlite-shm")):
        extra.unlink(missing_ok=True)
    result = morning(run, feed, out="later", extra=("--state", state))
    assert result.code == 2, result.stderr
    assert "damaged" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "later").exists()


def test_new_only_is_kept_on_this_machine(run, tmp_path):
    result = run("--new-only", "--scheduler", "local", "examples")
    assert result.code == 2
    assert result.stderr == "briefing: --new-only is kept on this machine: leave out --scheduler\n"


def test_new_only_in_the_config_file(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    (tmp_path / "briefing.toml").write_text('new-only = true\nstate = "kept.sqlite"\nformat = "md"\n')
    assert run(feed).code == 0
    assert run(feed).stderr.startswith(NOTHING_NEW)
    assert (tmp_path / "kept.sqlite").is_file()


def test_pages_are_remembered_by_their_final_address(run, raw_server, tmp_path):
    from conftest import SAMPLE

    def site(request):
        path = request.split(b" ")[1].decode()
        head = "HTTP/1.1 {status}\r\n{extra}Content-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
        if path.startswith("/latest"):  # a moving pointer to this morning's story
            return [head.format(status="302 Found", extra="Location: /2026/story\r\n").encode()
                    + b"Content-Length: 0\r\n\r\n"]
        body = SAMPLE.read_bytes()
        return [head.format(status="200 OK", extra="").encode() + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body]

    server = raw_server(site)
    first = morning(run, f"{server.url}/latest")
    assert first.code == 0, first.stderr
    again = morning(run, f"{server.url}/2026/story", f"{server.url}/latest?utm=mail", out="later")
    assert again.code == 0 and again.stderr.startswith(NOTHING_NEW), again.stderr
    assert sqlite3.connect(Path(tmp_path / "xdg-state/briefing/state.sqlite")).execute(
        "SELECT key FROM briefed").fetchall() == [(f"{server.url}/2026/story",)]


def test_standard_input_is_remembered_by_its_content(run, tmp_path):
    text = b"Council decides on the bus fares\n\n" + "\n\n".join(items(range(1))[0].paragraphs()).encode()
    assert run("--new-only", "--format", "md", "-o", "a.md", "-", stdin=text).code == 0
    again = run("--new-only", "--format", "md", "-o", "b.md", "-", stdin=text)
    assert again.code == 0 and again.stderr.startswith(NOTHING_NEW)
    assert not (tmp_path / "b.md").exists()
    assert run("--new-only", "--format", "md", "-o", "c.md", "-", stdin=text + b"\n\nMore.").code == 0
    assert (tmp_path / "c.md").is_file()


def test_a_state_that_cannot_be_opened_is_one_line_exit_2(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    (tmp_path / "folder.sqlite").mkdir()
    result = morning(run, feed, extra=("--state", "folder.sqlite"))
    assert result.code == 2
    assert result.stderr == "briefing: folder.sqlite: cannot use the state database: unable to open database file\n"
