"""The digest against what an audit threw at it: a round-up that retells two stories, a copy
wrapped in an outlet's lines, filler in the other articles, and the similarity setting."""

from briefing import BriefOptions, make_digest
from briefing.digest.stories import group, grouped, linked, links
from briefing.options import DigestOptions
from briefing.text.cleaning import is_junk_text

from story_fixtures import COPY, DISTINCT, ORIGINAL, REWRITE
from test_digest import articles


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")[1:]  # without the headline


ROUNDUP = "\n\n".join(["Evening round-up: the day in brief", "Here is what happened today across the region.",
                       *paragraphs(ORIGINAL), *paragraphs(DISTINCT), "More tomorrow."])
WRAPPED_COPY = COPY.replace("EASTMOOR GAZETTE\n\n", "EASTMOOR GAZETTE — Your local news, every day\n\n") + (
    "\nDo you have a story for us? Email news@gazette.example.\n\n"
    "Support local journalism: subscribe today from just £1 a week.\n")


def test_a_round_up_that_retells_two_stories_joins_neither_and_takes_none_of_their_sentences():
    found = grouped(articles(ORIGINAL, DISTINCT, ROUNDUP))
    assert found.stories == [[0], [1], [2]]
    assert found.roundups == frozenset({2})
    digest = make_digest(articles(ORIGINAL, DISTINCT, ROUNDUP))
    assert [[a.source for a in story.articles] for story in digest.stories] == [["in/1.txt"], ["in/2.txt"]]
    assert all(q.source == story.articles[0].source for story in digest.stories for q in story.brief + story.facts)
    assert [[a.source for a in story.articles] for story in digest.more] == [["in/3.txt"]]  # listed by title


def test_the_clean_original_leads_its_story_over_a_copy_wrapped_in_an_outlets_lines():
    digest = make_digest(articles(WRAPPED_COPY, ORIGINAL))
    [story] = digest.stories
    assert story.title == "Museum returns looted bronze head to Benin after 127 years"
    quoted = [q.text for q in story.brief + story.facts]
    assert not any("story for us" in text or "subscribe" in text for text in quoted)


def test_sentences_from_a_storys_other_articles_are_only_what_their_own_notes_chose():
    filler = REWRITE + "\nRead the full story on our website.\n"
    digest = make_digest(articles(ORIGINAL, filler), BriefOptions(sentences=6))
    [story] = digest.stories
    chosen = {s.text for note in story.notes[1:] for s in note.brief + note.facts}
    assert [q.text for q in story.brief if q.source == "in/2.txt"] != []
    assert all(q.text in chosen for q in story.brief if q.source == "in/2.txt")


def test_a_higher_similarity_setting_raises_every_rules_floor():
    [link] = links(articles(ORIGINAL, REWRITE))[0]
    assert link.same_lede and link.cosine < 0.9
    assert linked(link) and not linked(link, similarity=0.9)
    assert group(articles(ORIGINAL, REWRITE), similarity=0.9) == [[0], [1]]
    assert len(make_digest(articles(ORIGINAL, REWRITE), digest=DigestOptions(similarity=0.9)).stories) == 2


def test_outlets_appeals_and_wire_update_notes_are_not_prose():
    for line in ("Do you have a story for us?", "Support local journalism: subscribe today from just £1 a week.",
                 "Read the full story on our website.", "Adds reaction from the opposition in paragraph 5.",
                 "Have your say: send us your comments.", "Here are the stories making the news today."):
        assert is_junk_text(line), line
    assert not is_junk_text("The union said 81% of its members had voted for the walkout.")


def test_a_flag_that_would_change_nothing_is_refused_in_one_line(run):
    from test_digest import INBOX

    note_only = "shapes a single note; a digest has its own layout: leave it out"
    digest_only = "shapes a digest: give --digest too, or leave it out"
    for flags, message in ((["--digest", "--template", "x.html"], f"--template {note_only}"),
                           (["--digest", "--appendix"], f"--appendix {note_only}"),
                           (["--stories", "3"], f"--stories {digest_only}"),
                           (["--similarity", "0.5"], f"--similarity {digest_only}")):
        result = run(str(INBOX), *flags)
        assert (result.code, result.stderr) == (2, f"briefing: {message}\n")


def test_a_digest_is_made_here_when_the_environment_names_a_cluster(run, monkeypatch):
    from test_digest import INBOX

    monkeypatch.setenv("BRIEFING_SCHEDULER", "tcp://127.0.0.1:1")  # nothing listens there
    result = run("--digest", str(INBOX), "--format", "md", "-o", "-")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("# News digest")
    typed = run("--digest", str(INBOX), "--scheduler", "tcp://127.0.0.1:1")
    assert (typed.code, typed.stderr) == (2, "briefing: --digest is made on this machine; leave out --scheduler\n")


def test_a_follow_up_linked_to_one_member_of_a_story_still_joins_it():
    from story_fixtures import FOLLOW_UP

    assert group(articles(ORIGINAL, COPY, FOLLOW_UP)) == [[0, 1, 2]]


def test_an_article_of_a_story_lends_it_no_sentence_that_another_story_tells():
    lede = paragraphs(DISTINCT)[0]
    mixed = "\n\n".join(["Morning briefing", *paragraphs(ORIGINAL), lede])  # joins the bronze story only
    digest = make_digest(articles(ORIGINAL, COPY, DISTINCT, mixed), BriefOptions(sentences=6, facts=8))
    bronze = next(story for story in digest.stories if len(story.articles) == 3)
    assert all(q.text not in DISTINCT for q in bronze.brief + bronze.facts)
    assert any(q.text in lede for story in digest.stories for q in story.brief)  # told where it belongs


def test_template_sentences_with_other_figures_are_not_near_identical():
    from briefing.text.near_duplicates import NearDuplicates
    from briefing.text.segment import terms_for

    said = NearDuplicates(terms_for("english"))
    said.add("The Environment Agency has offered £40 million towards the Kelsby barrier.")
    assert not said.seen("The Environment Agency has offered £60 million towards the Portmere barrier.")
    assert said.seen("The Environment Agency has offered £40m towards the Kelsby barrier.")  # a copy's edit


def test_wire_credits_and_update_notes_are_not_prose():
    assert is_junk_text("Reporting by Ana Lee; editing by Tom Bird.")
    assert is_junk_text("UPDATE: Adds reaction from the opposition in paragraph 5.")
    assert not is_junk_text("Reporting by the BBC has shown that the council lied.")
