"""The digest as a morning brief: top lines first, depth that follows weight, leads in bold,
coverage by outlet and date, outlets counted, pages an editor would send. Checks read the produced
PDF (pypdf), HTML or JSON."""

import json
import re

from briefing import BriefOptions, make_digest, parse_article
from pypdf import PdfReader

from conftest import ROOT, squash

INBOX = ROOT / "examples" / "inbox"
FEED = ROOT / "examples" / "morning.rss"
ARCHIVE = ROOT / "examples" / "archive.jsonl"


def test_every_briefed_storys_lead_is_on_the_first_page_before_any_detail(run, tmp_path):
    result = run("--digest", FEED, INBOX, ARCHIVE, "-o", "digest.pdf")
    assert result.code == 0, result.stderr
    data = json.loads(run("--digest", FEED, INBOX, ARCHIVE, "--format", "json", "-o", "-").stdout)
    reader = PdfReader(tmp_path / "digest.pdf")
    first = squash(reader.pages[0].extract_text())
    leads = [squash(story["brief_sentences"][0]["text"]) for story in data["stories"]]
    assert len(leads) >= 6
    top = first.index("Toplines")
    positions = [first.find(lead, top) for lead in leads]
    assert -1 not in positions and positions == sorted(positions)  # in the stories' order
    assert positions[-1] < first.index("1." + squash(data["stories"][0]["title"]))  # before any story


def test_leads_are_bold_and_link_to_their_story(run):
    html = run("--digest", INBOX, "--format", "html", "-o", "-").stdout
    top = html[html.index('<nav class="contents'):html.index("</nav>")]
    assert re.findall(r'<a class="lead" href="#(story-\d+)"', top) == ["story-1", "story-2"]
    assert html.count('<strong class="lead">') == 2  # each story's lead, in the story


def test_depth_follows_weight():
    digest = make_digest([*(parse_article((INBOX / name).read_text(), source=name) for name in sorted(
        path.name for path in INBOX.iterdir()))])
    weights = {len(story.articles): (len(story.brief), len(story.facts)) for story in digest.stories}
    assert weights[1][0] == 1 and weights[1][1] <= 1  # a one-article story: its lead and one fact
    assert weights[3][0] >= 2 and weights[3][1] > 1  # three articles: all that was asked
    alone = make_digest([parse_article((ROOT / "examples" / "article.txt").read_text(), source="article.txt")])
    assert len(alone.stories[0].brief) == 3 and len(alone.stories[0].facts) == 4  # one story: in full


def test_the_header_counts_outlets_and_files_are_not_outlets(run):
    text = run("--digest", INBOX, "--format", "md", "-o", "-").stdout
    assert "4 articles from 1 outlet*" in text  # one of the four names a site; three files name none
    only_files = run("--digest", INBOX / "library-sundays.txt", INBOX / "rail-strike.txt", "--format", "md",
                     "-o", "-").stdout
    assert re.search(r"· 2 articles\*", only_files) and "outlet" not in only_files
    data = json.loads(run("--digest", INBOX, "--format", "json", "-o", "-").stdout)
    assert data["outlets"] == 1


def test_coverage_rows_give_outlet_and_date_not_the_headline_again(run):
    text = run("--digest", FEED, INBOX, ARCHIVE, "--format", "md", "-o", "-").stdout
    coverage = re.findall(r"^- \[\\\[\d+\\\]\]\(#source-\d+\) (.*)$", text, re.M)
    assert "**Portmere Post** · 24 November 2026 · news@portmere.example (Portmere Post newsroom)" in coverage
    assert "**rail-strike.txt** · 23 November 2026 · Tomas Reyes, Transport correspondent" in coverage
    assert "**archive.jsonl:2** · date not given" in coverage
    assert not any("Rail strike halts trains" in row for row in coverage)


def test_later_pages_are_headed_by_the_story_they_continue(run, tmp_path):
    assert run("--digest", FEED, INBOX, ARCHIVE, "-o", "digest.pdf").code == 0
    reader = PdfReader(tmp_path / "digest.pdf")
    titles = [story["title"] for story in json.loads(
        run("--digest", FEED, INBOX, ARCHIVE, "--format", "json", "-o", "-").stdout)["stories"]]
    total = len(reader.pages)
    heads = [page.extract_text().splitlines()[-1] for page in reader.pages[1:]]  # the page head comes last
    assert total >= 3
    assert heads[0] == f"1. {titles[0]} Page 2 of {total}"  # page 2 goes on with the first story
    for number, head in enumerate(heads[1:-1], start=3):
        assert re.fullmatch(rf"\d+\. .+ Page {number} of {total}", head), head
        assert any(head.startswith(f"{place}. {title}") for place, title in enumerate(titles, start=1)), head
    assert heads[-1] == f"Sources Page {total} of {total}"


def test_a_story_told_twice_keeps_the_quotation_its_brief_shows_whole():
    # a story of two articles shows two brief sentences; the brief's quotation of three took one place, and the
    # digest kept its lede and the quotation's first sentence, "We got a call at 9:30 am." (stop 45's review)
    fire = ("A fire destroyed a warehouse in Portmere on Tuesday morning, causing damage worth £2 million.\n\n"
            '"We got a call at 9:30 am. We sent two fire tenders. The roof had already gone," said fire officer '
            "Raj Patel.\n\nNo one was hurt in the warehouse fire, the Portmere fire service said.\n\n"
            "Police said the cause of the warehouse fire in Portmere was not yet known.")
    again = ("A fire destroyed a warehouse in Portmere on Tuesday, causing damage worth £2 million, the fire service "
             "said.\n\nThe warehouse owner, Portmere Foods, said 40 workers would be moved to another site in "
             "Oldtown.\n\nPolice said the cause of the warehouse fire in Portmere was not yet known.")
    storms = [f"{opening} closed schools across the county of Westshire on Friday, officials said.\n\nWinds of 90 "
              f"miles an hour brought down trees and power lines in {villages} villages.\n\nPower is expected to be "
              "restored by Sunday evening, the grid operator said." for opening, villages in
              (("A storm", 40), ("The Westshire storm", 40), ("A third storm", 40))]
    digest = make_digest([fire, again, *storms], BriefOptions(sentences=3, facts=1))
    story = next(story for story in digest.stories if "warehouse" in story.brief[0].text)
    texts = [quote.text for quote in story.brief]
    assert texts[1:4] == ['"We got a call at 9:30 am.', "We sent two fire tenders.",
                          'The roof had already gone," said fire officer Raj Patel.']
