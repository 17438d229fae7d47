"""Feeds and archives for the morning-run tests: each item a short article of its own, about
its own subject (so a digest keeps them apart), with a guid, a link and a date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

SUBJECTS = ["harbour barrier", "ferry timetable", "school meals", "library hours", "bus fares", "river survey",
            "market stalls", "tram depot", "hospital parking", "museum roof", "cycle lanes", "water tariff"]
TOWNS = ["Portmere", "Eastmoor", "Southwick", "New Harwood", "Kingsbridge", "Aldwick"]


@dataclass(frozen=True)
class Item:
    number: int
    published: datetime | None = datetime(2026, 2, 10, 8, 0, tzinfo=UTC)
    guid: str | None = None
    link: str | None = None

    @property
    def subject(self) -> str:
        return f"{SUBJECTS[self.number % len(SUBJECTS)]} {self.number}"

    @property
    def title(self) -> str:
        return f"Council decides on the {self.subject}"

    def paragraphs(self) -> list[str]:
        town = TOWNS[self.number % len(TOWNS)]
        subject = self.subject
        return [
            f"Councillors in {town} voted on Tuesday to approve the {subject} plan after a long debate.",
            f"The {subject} plan will cost {self.number + 2} million pounds over three years, officials said.",
            f'"This is the right decision for {town}," said the council leader after the vote on the {subject}.',
            f"Opponents of the {subject} plan said they would ask for a review before work begins in spring.",
        ]


def rss(items: list[Item], *, title: str = "Town News") -> bytes:
    """An RSS 2.0 feed carrying each item's full text."""
    entries = []
    for item in items:
        guid = f"<guid isPermaLink=\"false\">{escape(item.guid)}</guid>" if item.guid else ""
        link = item.link or f"https://town.example/{item.number}"
        date = f"<pubDate>{format_datetime(item.published)}</pubDate>" if item.published else ""
        body = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in item.paragraphs())
        entries.append(f"<item><title>{escape(item.title)}</title><link>{link}</link>{guid}{date}"
                       f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{title}</title>'
            f"<link>https://town.example/</link><description>d</description>{''.join(entries)}</channel></rss>").encode()


def write_feed(path: Path, items: list[Item]) -> Path:
    path.write_bytes(rss(items))
    return path


def write_archive(path: Path, items: list[Item], *, ids: bool = True) -> Path:
    lines = [json.dumps({**({"id": f"story-{item.number}"} if ids else {}), "title": item.title,
                         "date": item.published.date().isoformat() if item.published else None,
                         "text": "\n\n".join(item.paragraphs())}) for item in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def items(numbers: range | list[int], **fields: object) -> list[Item]:
    return [Item(number, **fields) for number in numbers]  # type: ignore[arg-type]
