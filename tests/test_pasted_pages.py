"""A page pasted from a browser: sign-up forms, newsletter pitches and lists of other stories
dropped; the site's name read as the publication where the paste shows it plainly."""

import json

import pytest
from briefing.read.page_junk import is_page_junk, site_name, without_link_lists
from briefing.read.sources import read_article

from conftest import write

PASTE = """Portmere Post | Home
News
Sport
Business

Harbour city approves £240m flood barrier after record winter storms
By Jane Smith
12 March 2024

Councillors in Portmere voted on Tuesday to build a £240 million tidal barrier across the river mouth.
The barrier, a row of steel gates that can be raised in under an hour, is due to be finished by March 2029.
Sign up to our free Morning Briefing newsletter and get the top stories in your inbox every day.
Email address
Sign up
The council's leader, Maria Okafor, said the city could not afford another winter like the last.
Email address Sign up
The government will pay half of the cost from its coastal defence fund, the council said.
Most read
Man arrested after break-in at Portmere pharmacy
Schools to close early for Easter as heating fails

More on this story

Flood victims still waiting for insurance payouts
Tidal barrier plan faces legal challenge
© 2024 Portmere Post. All rights reserved.
"""
CHROME = ("Email address", "Sign up", "newsletter", "inbox", "Most read", "More on this", "Man arrested",
          "Schools to close", "Flood victims", "legal challenge", "©")


def test_sign_up_lines_pitches_and_lists_of_other_stories_are_not_the_article(tmp_path):
    article = read_article(write(tmp_path / "paste.txt", PASTE))
    for chrome in CHROME:
        assert chrome not in article.text, chrome
    assert article.text.count("\n\n") == 3  # the four paragraphs of the story, nothing else
    assert article.text.endswith("from its coastal defence fund, the council said.")


def test_the_site_name_in_the_paste_is_the_publication(run, tmp_path):
    result = run(write(tmp_path / "paste.txt", PASTE), "--format", "json", "-o", "-")
    assert json.loads(result.stdout)["source"]["site"] == "Portmere Post"


@pytest.mark.parametrize(("lines", "site"), [
    (["Portmere Post | Home", "Headline"], "Portmere Post"),
    (["Home - The Daily Ledger", "Headline"], "The Daily Ledger"),
    (["Story", "Copyright © 2026 The Daily Ledger Ltd. All rights reserved."], "The Daily Ledger"),
    (["Story", "© 2024 Portmere Post"], "Portmere Post"),
    (["Story", "© 2024 Getty Images"], None),  # a picture's credit, not the site
    (["Council approves barrier - Latest news", "Story"], None),  # a headline is not a name
    (["Portmere Post", "Story"], None),  # a name alone above a story may be a section: not guessed
    (["© 2024 Portmere Post", "Story", "More", "Story"], None),  # a notice mid-page is not the page's foot
])
def test_the_site_name_is_read_only_where_the_paste_shows_it_plainly(lines, site):
    assert site_name(lines) == site


def test_prose_about_newsletters_and_email_stays():
    for prose in ("Subscribers to the newsletter said it was late.", "Email addresses of 2m customers were leaked.",
                  "Get your newsletter in by Friday, the mayor said to reporters.",
                  "Get the inbox zero habit, says the coach."):
        assert not is_page_junk(prose), prose


def test_a_list_heading_takes_only_the_headlines_after_it():
    lines = ["Related", "Barrier costs rise", "", "The council met again on Friday.", "Short line"]
    assert without_link_lists(lines) == ["The council met again on Friday.", "Short line"]
