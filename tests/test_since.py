"""--since WHEN: only inputs dated on or after WHEN; undated ones kept and counted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from briefing.errors import UsageError
from briefing.run.since import OLDER, UNDATED, parse_since, verdict

from morning_fixtures import Item, write_archive, write_feed

NOW = datetime(2026, 2, 12, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("24h", NOW - timedelta(hours=24)),
    ("3d", NOW - timedelta(days=3)),
    ("90m", NOW - timedelta(minutes=90)),
    ("2w", NOW - timedelta(weeks=2)),
    (" 3D ", NOW - timedelta(days=3)),
    ("2026-02-11T06:30:00+00:00", datetime(2026, 2, 11, 6, 30, tzinfo=UTC)),
    ("2026-02-11 06:30+01:00", datetime(2026, 2, 11, 6, 30, tzinfo=timezone(timedelta(hours=1)))),
])
def test_when_is_an_age_or_a_time(text, expected):
    assert parse_since(text, now=NOW) == expected


def test_a_date_alone_is_its_local_midnight():
    found = parse_since("2026-02-11")
    assert found.tzinfo is not None
    local = found.astimezone()
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2026, 2, 11, 0, 0)


@pytest.mark.parametrize("text", ["yesterday", "3 days", "2026-13-01", "-3d", ""])
def test_anything_else_is_refused_with_the_forms_it_takes(text):
    with pytest.raises(UsageError, match=r"--since takes a date \(2026-02-12\), a date and time"):
        parse_since(text, now=NOW)


def test_verdicts():
    since = datetime(2026, 2, 11, 8, 0, tzinfo=UTC)
    assert verdict(since=since, dated=since - timedelta(seconds=1)) == OLDER
    assert verdict(since=since, dated=since) is None
    assert verdict(since=since, published=None) == UNDATED
    assert verdict(since=since, published="2026-02-10") == OLDER
    assert verdict(since=since, published=since.astimezone().date().isoformat()) is None  # that day: kept


def test_since_keeps_what_is_recent_and_the_undated(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", [
        Item(0, published=datetime(2026, 2, 9, 23, 0, tzinfo=UTC)),
        Item(1, published=datetime(2026, 2, 11, 7, 59, tzinfo=UTC)),
        Item(2, published=datetime(2026, 2, 11, 8, 0, tzinfo=UTC)),
        Item(3, published=datetime(2026, 2, 12, 6, 0, tzinfo=UTC)),
        Item(4, published=None),
    ])
    result = run("--since", "2026-02-11T08:00Z", "--format", "md", feed)
    assert result.code == 0, result.stderr
    assert sorted(path.stem for path in (tmp_path / "output").glob("*.md")) == [
        "council-decides-on-the-bus-fares-4", "council-decides-on-the-library-hours-3",
        "council-decides-on-the-school-meals-2"]
    assert result.stderr.endswith("3 written, 0 failed, 2 older than --since, 1 undated (kept)\n")


def test_since_reads_an_articles_own_date(run, tmp_path):
    archive = write_archive(tmp_path / "wire.jsonl", [
        Item(0, published=datetime(2026, 1, 5, tzinfo=UTC)), Item(1, published=datetime(2026, 2, 12, tzinfo=UTC))])
    result = run("--since", "2026-02-01", "--format", "md", archive)
    assert result.code == 0, result.stderr
    assert [path.name for path in (tmp_path / "output").glob("*.md")] == ["story-1.md"]


def test_nothing_recent_enough_is_nothing_new(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", [Item(0, published=datetime(2025, 1, 1, tzinfo=UTC))])
    result = run("--since", "2026-02-11 08:00", "--format", "md", feed)
    assert result.code == 0
    assert result.stderr == "briefing: nothing new since 11 February 2026 08:00\n"
    assert not (tmp_path / "output").exists()


def test_a_bad_since_is_a_usage_error(run, tmp_path):
    result = run("--since", "last tuesday", "examples/article.txt")
    assert result.code == 2
    assert result.stderr.startswith("briefing: --since takes a date")


def test_a_digest_counts_what_since_left_out(run, tmp_path):
    feed = write_feed(tmp_path / "town.rss", [Item(0, published=datetime(2025, 1, 1, tzinfo=UTC)),
                                              Item(1, published=datetime(2025, 1, 2, tzinfo=UTC)),
                                              Item(2, published=datetime(2026, 2, 12, tzinfo=UTC))])
    result = run("--since", "2026-02-01", "--digest", "--format", "md", "-o", "digest.md", feed)
    assert result.code == 0, result.stderr
    assert result.stderr == "briefing: 1 digested, 0 failed, 2 older than --since, 0 undated (kept)\n"
    assert "school meals 2" in (tmp_path / "digest.md").read_text()
