"""--digest: many articles, one note. Stories grouped (copies, rewrites, never distinct stories),
every sentence verbatim and attributed, nothing said twice, every format, and bad inputs."""

import json
import re

import pytest
from briefing import Article, BriefOptions, make_briefing, parse_article, render_digest
from briefing.digest.make import make_digest
from briefing.digest.stories import group
from briefing.options import DigestOptions
from briefing.read.sources import read_article
from briefing.text.near_duplicates import NearDuplicates
from briefing.text.segment import split_sentences

from conftest import ROOT, pdf_text, squash, write
from story_fixtures import COPY, DISTINCT, FOLLOW_UP, ORIGINAL, REWRITE, SAME_TEMPLATE

INBOX = ROOT / "examples" / "inbox"
FEED = ROOT / "examples" / "morning.rss"
BARRIER = ROOT / "examples" / "article.txt"

def articles(*texts: str) -> list[Article]:
    return [parse_article(text, source=f"in/{number}.txt") for number, text in enumerate(texts, start=1)]


def digest_json(run, *args, stdin=b""):
    result = run("--digest", "--format", "json", "-o", "-", *args, stdin=stdin)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def quotes(data):
    return [q for story in data["stories"] for q in story["brief_sentences"] + story["facts"]]


# Grouping


def test_a_syndicated_copy_and_a_rewrite_that_keeps_the_lede_are_one_story_with_the_original():
    found = group(articles(ORIGINAL, DISTINCT, COPY, REWRITE))
    assert found == [[0, 2, 3], [1]]


def test_a_follow_up_that_retells_the_event_in_its_opening_joins_the_story():
    assert group(articles(DISTINCT, ORIGINAL, SAME_TEMPLATE, FOLLOW_UP)) == [[0], [1, 3], [2]]


def test_distinct_stories_told_from_one_template_are_never_merged():
    assert group(articles(DISTINCT, SAME_TEMPLATE, ORIGINAL)) == [[0], [1], [2]]


def test_a_higher_similarity_setting_merges_fewer():
    follow_up = articles(ORIGINAL, FOLLOW_UP)
    assert group(follow_up) == [[0, 1]]
    assert group(follow_up, similarity=0.8) == [[0], [1]]
    assert group(articles(ORIGINAL, REWRITE), similarity=0.6) == [[0, 1]]  # the same lede sentence
    digest = make_digest(follow_up, digest=DigestOptions(similarity=0.8))
    assert [len(story.articles) for story in digest.stories] == [1, 1]


# The multi-document brief


def test_a_story_of_several_articles_quotes_each_sentence_verbatim_from_the_article_it_names():
    found = articles(ORIGINAL, COPY, REWRITE, DISTINCT)
    digest = make_digest(found)
    by_source = {article.source: article for article in found}
    story = digest.stories[0]
    assert [a.source for a in story.articles] == ["in/1.txt", "in/2.txt", "in/3.txt"]
    assert {q.source for q in story.brief} >= {"in/1.txt", "in/3.txt"}  # the rewrite adds what is new
    for quote in story.brief + story.facts:
        sentence = split_sentences(by_source[quote.source].text)[quote.sentence.index]
        assert sentence.text == quote.text


def test_a_story_of_one_article_has_the_lead_and_a_fact_of_its_single_note():
    digest = make_digest(articles(ORIGINAL, DISTINCT))
    story = digest.stories[1]
    note = make_briefing(story.articles[0])
    assert [q.text for q in story.brief] == [note.brief[0].text]  # depth follows weight: a minor story
    assert len(story.facts) == 1 and story.facts[0].text in [s.text for s in note.facts]


def test_length_flags_keep_their_meaning_per_story():
    digest = make_digest(articles(ORIGINAL, COPY, DISTINCT), BriefOptions(sentences=2, facts=1))
    assert [len(story.brief) for story in digest.stories] == [2, 1]  # at most asked; one article: its lead
    assert all(len(story.facts) <= 1 for story in digest.stories)


def test_a_word_budget_holds_for_a_story_of_several_articles():
    found = articles(ORIGINAL, COPY, REWRITE)
    for words in (30, 60, 90):
        digest = make_digest(found, BriefOptions(words=words, sentences=None))
        anchor_brief = make_briefing(found[0], BriefOptions(words=words, sentences=None)).brief
        brief = digest.stories[0].brief
        assert sum(q.sentence.words for q in brief) <= max(words, anchor_brief[0].words)
        assert brief[0].text == anchor_brief[0].text  # the lede stays


def test_nothing_is_said_twice_anywhere_in_the_digest(run):
    data = digest_json(run, INBOX, FEED, BARRIER)
    said = NearDuplicates()
    texts = [q["text"] for q in quotes(data)]
    assert len(texts) >= 12
    for text in texts:
        assert not said.seen(text), text
        said.add(text)


def test_every_sentence_names_its_source_as_the_user_named_it_and_is_verbatim_there(run, tmp_path):
    inbox = tmp_path / "inbox"
    for path in INBOX.iterdir():
        write(inbox / path.name, path.read_text(encoding="utf-8"))
    data = digest_json(run, "inbox", "inbox/../inbox/library-sundays.txt")  # the same file, once
    names = {source["name"] for source in data["sources"]}
    assert names == {f"inbox/{path.name}" for path in INBOX.iterdir()}
    for quote in quotes(data):
        sentences = split_sentences(read_article(quote["source"]).text)
        assert sentences[quote["index"]].text == quote["text"]
    rail = data["stories"][0]
    assert sorted(rail["articles"]) == ["inbox/rail-strike-ledger.txt", "inbox/rail-strike-talks.md",
                                        "inbox/rail-strike.txt"]


def test_urls_lists_and_standard_input_are_inputs_of_a_digest_named_as_given(run, tmp_path, raw_server):
    body = COPY.encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {len(body)}\r\n"
    server = raw_server(lambda request: [head.encode() + b"Connection: close\r\n\r\n" + body])
    url = f"{server.url}/news/bronze"
    write(tmp_path / "list.txt", f"# today\n{url}\nb.txt\n")
    write(tmp_path / "b.txt", DISTINCT)
    data = digest_json(run, "-i", "list.txt", "-", stdin=ORIGINAL.encode())
    assert [story["articles"] for story in data["stories"]] == [["-", url], ["b.txt"]]  # named inputs, then lists
    assert data["sources"][1]["url"] == url


def test_the_digest_speaks_the_language_asked_for(run):
    result = run("--digest", INBOX, "--language", "german", "--format", "md", "-o", "-")
    assert result.stdout.startswith("# Nachrichtenüberblick\n")
    assert "## Quellen" in result.stdout


def test_a_format_without_a_digest_renderer_is_refused_before_any_work(run, toy_output):
    toy_output(lambda briefing, options: b"toy")
    result = run("--digest", INBOX, "--format", "toy", "-o", "-")
    assert (result.code, result.stderr.strip()) == (2, "briefing: the toy format cannot hold a digest")


def test_the_python_api_makes_a_digest_of_plain_texts():
    import briefing

    digest = briefing.make_digest([ORIGINAL, DISTINCT, COPY], briefing.BriefOptions(sentences=1))
    assert [len(story.articles) for story in digest.stories] == [2, 1]
    assert [q.source for q in digest.stories[0].brief] == ["<text 1>"]
    assert briefing.render_digest(digest, "pdf").startswith(b"%PDF-")
    # Each text is read as make_briefing reads one: its headline titles it and is not a sentence.
    assert [article.title for article in digest.articles] == [briefing.make_briefing(text).article.title
                                                              for text in (ORIGINAL, DISTINCT, COPY)]
    assert digest.articles[0].title == "Museum returns looted bronze head to Benin after 127 years"
    assert all(not q.text.startswith("Museum returns") for story in digest.stories for q in story.brief)


def test_stories_with_more_articles_come_first_then_the_most_recent(run):
    data = digest_json(run, INBOX, FEED, BARRIER)
    counts = [len(story["articles"]) for story in data["stories"]]
    assert counts == [3, 2, 1, 1]
    assert [story["title"] for story in data["stories"][2:]] == [
        "Ferry operator adds winter sailings to Eastmoor after storm closures",  # 25 November
        "Eastmoor library to open on Sundays from January",  # 24 November
    ]
    assert set(data) >= {"title", "created", "stories", "sources"}
    assert set(data["sources"][0]) >= {"name", "headline", "byline", "published", "url"}


def test_stories_limits_the_stories_briefed_and_lists_the_rest_by_title(run):
    data = digest_json(run, INBOX, FEED, BARRIER, "--stories", "1")
    assert len(data["stories"]) == 1
    assert data["more_stories"][0]["title"].startswith("Harbour city approves")
    assert "brief_sentences" not in data["more_stories"][0]


def test_settings_come_from_briefing_toml_too(run, tmp_path):
    write(tmp_path / "briefing.toml", "digest = true\nstories = 2\nsimilarity = 0.5\nsentences = 2\n")
    result = run(INBOX, FEED, "--format", "json", "-o", "-")
    data = json.loads(result.stdout)
    assert (len(data["stories"]), data["settings"]["similarity"]) == (2, 0.5)
    assert all(len(story["brief_sentences"]) <= 2 for story in data["stories"])


@pytest.mark.parametrize(("flag", "message"), [
    ("--similarity=0", "briefing: similarity must be a number above 0 and at most 1, not 0.0"),
    ("--stories=0", "briefing: stories must be at least 1, not 0"),
])
def test_bad_digest_settings_are_refused_in_one_line(run, flag, message):
    result = run("--digest", INBOX, flag)
    assert (result.code, result.stderr.strip()) == (2, message)


def test_the_title_flag_titles_the_digest_not_its_stories(run):
    data = digest_json(run, INBOX, "--title", "Caucasus, week 47")
    assert data["title"] == "Caucasus, week 47"
    assert "Caucasus, week 47" not in [story["title"] for story in data["stories"]]


# Formats


def test_the_pdf_has_a_contents_list_linking_to_every_story_and_sources_at_the_end(run, tmp_path):
    from pypdf import PdfReader

    result = run("--digest", INBOX, FEED, BARRIER)
    assert result.code == 0, result.stderr
    pdf = tmp_path / "output" / "digest.pdf"
    assert result.stdout.strip() == "output/digest.pdf"
    assert result.stderr.strip() == "briefing: 7 digested, 0 failed"
    text = pdf_text(pdf)
    assert "Top lines" in text and "Sources" in text and "7 articles from 2 outlets" in text  # 3 files name none
    assert "23 November 2026 – 25 November 2026" in text
    assert re.search(r"Page 2 of \d", text)
    data = digest_json(run, INBOX, FEED, BARRIER)
    flowing = squash(re.sub(r"(News digest )?Page \d+ of \d+", "", text))  # a sentence may run over a page
    for quote in quotes(data):
        assert squash(quote["text"]) in flowing
    reader = PdfReader(pdf)
    destinations = set(reader.named_destinations)
    stories = {f"story-{n}" for n in range(1, 5)}
    assert stories | {f"source-{n}" for n in range(1, 8)} <= destinations
    links = {str(annotation.get_object().get("/Dest")) for page in reader.pages
             for annotation in page.get("/Annots", []) if annotation.get_object()["/Subtype"] == "/Link"}
    assert stories <= links  # the contents list
    assert {f"source-{n}" for n in range(1, 8)} <= links  # every source is cited
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged, as the note is
    assert reader.metadata.title == "News digest"


def test_the_closing_line_never_stands_alone_on_the_last_page():
    import io

    from pypdf import PdfReader

    from made_articles import made_article

    # Laid out without care, these end with the sources list filling page 2 and the closing line
    # alone on page 3.
    articles = [parse_article(made_article(number), source=f"made-{number}.txt") for number in range(6)]
    pilots = parse_article("Harbour pilots in Portmere vote to strike\n\nThe harbour pilots' union said on Monday "
                           "that its members had voted to strike. Talks with the port's owners broke down last week, "
                           "the union said.", source="pilots.txt")
    pages = PdfReader(io.BytesIO(render_digest(make_digest([*articles, pilots]), "pdf"))).pages
    last = squash(pages[-1].extract_text())
    assert squash("Extractive summary: every sentence is quoted verbatim") in last
    assert squash("7 Harbour pilots in Portmere vote to strike File: pilots.txt") in last  # the last source too


def test_a_terminal_is_told_what_happens_once_the_progress_bar_is_done(run):
    result = run("--digest", INBOX, "-o", "d.json", terminal=True)
    assert result.code == 0
    # Shown while the stories are formed and laid out, then cleared for the tally.
    status = "briefing: grouping 4 articles into stories and laying out the digest…"
    assert result.stderr.endswith(f"\r{status}\r{' ' * len(status)}\rbriefing: 4 digested, 0 failed\n")
    assert "digest…" not in run("--digest", INBOX, "-o", "d.json").stderr  # only on a terminal


def test_html_is_self_contained_and_links_each_sentence_to_its_source(run, tmp_path):
    result = run("--digest", INBOX, "-o", "digest.html")
    assert result.code == 0, result.stderr
    html = (tmp_path / "digest.html").read_text(encoding="utf-8")
    assert 'href="#story-1"' in html and 'id="story-1"' in html
    assert len(re.findall(r'<a class="cite" href="#source-\d+"', html)) >= 10
    assert "Content-Security-Policy" in html and "<link" not in html


def test_markdown_has_the_same_stories_and_sources(run):
    result = run("--digest", INBOX, "--format", "md", "-o", "-", "--author", "Policy Unit")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("# News digest\n")
    assert "· Prepared by Policy Unit*" in result.stdout
    assert "## 1. Rail strike halts trains across the north for two days" in result.stdout
    assert "[\\[1\\]](#source-1)" in result.stdout
    assert "## Sources" in result.stdout


def test_article_text_stays_text_in_every_format(run, tmp_path):
    hostile = ('<script>alert(1)</script> *Officials* said the [plan](http://evil.example) '
               'would cost £5 million and take 3 years to build in full.')
    write(tmp_path / "a.txt", f"Plan approved\n\n{hostile}\n\nThe council met on Monday to vote on it in public.")
    write(tmp_path / "b.txt", DISTINCT)
    html = run("--digest", "a.txt", "b.txt", "--format", "html", "-o", "-").stdout
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    markdown = run("--digest", "a.txt", "b.txt", "--format", "md", "-o", "-").stdout
    assert "[plan](http" not in markdown and "\\*Officials\\*" in markdown


def test_what_the_digest_shortens_it_says_in_the_digest_and_on_stderr(run, tmp_path):
    word = "X" + "x" * 2_999
    write(tmp_path / "a.txt", f"Storm report\n\nThe river rose to {word} on Monday, said the agency.\n\nThe end came.")
    write(tmp_path / "b.txt", DISTINCT)
    result = run("--digest", "a.txt", "b.txt", "-o", "d.md", "--sentences", "1")
    assert result.code == 0, result.stderr
    message = "Sentence 1 of the source is shown shortened: 2,000 of its 3,046 characters."
    assert f"briefing: warning: a.txt: {message}" in result.stderr.splitlines(), result.stderr
    markdown = (tmp_path / "d.md").read_text()
    assert f"*\\[1\\] {message}*" in markdown
    assert "to X" + "x" * 1_981 + "…** " in markdown and "x" * 1_982 not in markdown  # the lead, in bold
    data = digest_json(run, "a.txt", "b.txt", "--sentences", "1")
    assert word in data["stories"][0]["brief_sentences"][0]["text"]  # the JSON keeps everything


# Bad input


def test_a_bad_input_is_reported_by_name_and_the_digest_of_the_others_is_written(run, tmp_path):
    write(tmp_path / "empty.txt", "")
    result = run("--digest", INBOX, "empty.txt", "missing.txt", "-o", "d.json")
    assert result.code == 2
    lines = result.stderr.splitlines()
    assert sorted(lines[:2]) == ["briefing: empty.txt: the article is empty", "briefing: missing.txt: no such file"]
    assert lines[2:] == ["briefing: 4 digested, 2 failed"]  # the batch's tally, last
    data = json.loads((tmp_path / "d.json").read_text())
    assert len(data["sources"]) == 4


def test_no_usable_input_exits_2_and_writes_nothing(run, tmp_path):
    write(tmp_path / "empty.txt", "")
    result = run("--digest", "empty.txt", "missing.txt")
    assert result.code == 2
    assert result.stderr.splitlines()[-1] == "briefing: 0 digested, 2 failed"
    assert not (tmp_path / "output").exists()


def test_one_input_alone_that_is_bad_is_one_line_and_exit_2(run, tmp_path):
    result = run("--digest", "missing.txt", "-o", "d.pdf")
    assert (result.code, result.stderr.strip()) == (2, "briefing: missing.txt: no such file")
    assert not (tmp_path / "d.pdf").exists()


def test_the_digest_never_replaces_an_input(run, tmp_path):
    write(tmp_path / "digest.md", ORIGINAL)
    result = run("--digest", "digest.md", "-o", "digest.md")
    assert result.code == 2
    assert "would replace this input" in result.stderr
    assert (tmp_path / "digest.md").read_text() == ORIGINAL


def test_the_lines_of_a_jsonl_archive_are_articles_of_the_digest_and_a_bad_line_is_one_error(run, tmp_path):
    lines = [json.dumps({"id": "orig", "title": "Storm closes harbour", "text": ORIGINAL}), "not json",
             json.dumps({"id": "copy", "text": COPY})]
    write(tmp_path / "news.jsonl", "\n".join(lines) + "\n")
    result = run("--digest", "news.jsonl", "-o", "d.json")
    assert result.code == 2
    assert result.stderr.splitlines() == ["briefing: news.jsonl:2: not valid JSON: expecting value at column 1",
                                          "briefing: 2 digested, 1 failed"]
    data = json.loads((tmp_path / "d.json").read_text())
    assert [story["articles"] for story in data["stories"]] == [["news.jsonl:1", "news.jsonl:3"]]


@pytest.mark.parametrize(("flags", "message"), [
    (["--scheduler", "local"], "--digest is made on this machine; leave out --scheduler"),
    (["--jsonl", "--format", "json"], "--jsonl gathers the notes of a batch; a digest is one note: leave it out"),
    (["--output-dir", "memory://out"], "memory://out: a digest reads and writes local files and http(s) URLs only"),
])
def test_what_a_digest_cannot_do_is_refused_in_one_line(run, flags, message):
    result = run("--digest", INBOX, *flags)
    assert (result.code, result.stderr) == (2, f"briefing: {message}\n")


# Layout (the audit of issue 14's output)


def test_markdown_sources_are_a_numbered_list_under_their_heading_and_the_rule_after_stays_a_rule(run):
    from markdown_it import MarkdownIt

    result = run("--digest", INBOX, FEED, "--format", "md", "-o", "-")
    assert result.code == 0, result.stderr
    html = MarkdownIt("commonmark").render(result.stdout)
    sources = html.split("<h2>Sources</h2>", 1)[1]
    entries = re.findall(r"<li>(.*?)</li>", sources.split("</ol>", 1)[0], re.DOTALL)
    assert len(entries) == 6  # one item each, none run into the next
    assert all(entry.startswith('<a id="source-') for entry in entries)
    assert "<hr />" in sources  # not a setext heading swallowing the list
    headings = [line for line in result.stdout.splitlines() if line.startswith("## ")]
    assert len(re.findall("<h2>", html)) == len(headings)  # no text turned into a heading by a rule


@pytest.mark.parametrize("output", ["d.pdf", "d.html", "d.md"])
def test_two_inputs_of_one_file_name_in_two_folders_are_named_apart_as_the_user_gave_them(run, tmp_path, output):
    write(tmp_path / "fa" / "story.txt", ORIGINAL)
    write(tmp_path / "fb" / "story.txt", DISTINCT)
    result = run("--digest", "fa", "fb", "-o", output)
    assert result.code == 0, result.stderr
    text = pdf_text(tmp_path / output) if output.endswith(".pdf") else (tmp_path / output).read_text()
    assert "File: fa/story.txt" in text and "File: fb/story.txt" in text


def test_the_pdf_keywords_keep_each_story_title_whole_even_with_a_comma_in_it(run, tmp_path):
    from pypdf import PdfReader

    write(tmp_path / "a.txt", ORIGINAL.replace("Museum returns looted bronze head", "Bronze head, $110,000"))
    write(tmp_path / "b.txt", "Council budget; a vote in April\n\n" + DISTINCT.split("\n\n", 1)[1])
    result = run("--digest", "a.txt", "b.txt", "-o", "d.pdf")
    assert result.code == 0, result.stderr
    titles = [story["title"] for story in digest_json(run, "a.txt", "b.txt")["stories"]]
    assert titles == ["Bronze head, $110,000 to Benin after 127 years", "Council budget; a vote in April"]
    keywords = PdfReader(tmp_path / "d.pdf").metadata["/Keywords"].split("; ")
    assert keywords == [title.replace(";", ",") for title in titles]


def test_the_pdf_contents_give_each_story_its_page_number(run, tmp_path):
    from pypdf import PdfReader

    result = run("--digest", INBOX, FEED, BARRIER, "-o", "d.pdf")
    assert result.code == 0, result.stderr
    reader = PdfReader(tmp_path / "d.pdf")
    leads = [story["brief_sentences"][0]["text"] for story in digest_json(run, INBOX, FEED, BARRIER)["stories"]]
    contents = reader.pages[0].extract_text(extraction_mode="layout")
    pages = set()
    for number, lead in enumerate(leads, start=1):  # each entry is the story's lead, its page at the right
        page = reader.get_destination_page_number(reader.named_destinations[f"story-{number}"]) + 1
        pages.add(page)
        entry = re.search(rf"^ *{number}\. {re.escape(lead[:20])}.*?(\d+)$", contents, re.MULTILINE)
        assert entry, contents
        assert int(entry.group(1)) == page
    assert len(pages) > 1  # the stories span pages


def test_pdf_numbers_of_three_digits_keep_apart_from_their_text_and_wrapped_lines_align(run, tmp_path):
    from pypdf import PdfReader

    for number in range(1, 101):
        write(tmp_path / "in" / f"{number:03}.txt", f"Item {number} on the agenda\n\n"
              f"Item {number} of the agenda of the parish meeting number {number * 7} was agreed today.")
    long_headline = "Museum returns looted bronze head to Benin after 127 years, " + "its trustees said " * 5
    write(tmp_path / "in" / "101.txt", ORIGINAL.replace("Museum returns looted bronze head to Benin after 127 years",
                                                        long_headline.strip()))
    write(tmp_path / "in" / "000.txt", ORIGINAL)  # with a copy and a rewrite, the first story
    write(tmp_path / "in" / "000a.txt", COPY)
    write(tmp_path / "in" / "000b.txt", REWRITE)
    result = run("--digest", "in", "--stories", "1", "-o", "d.pdf")
    assert result.code == 0, result.stderr
    text = "\n".join(page.extract_text(extraction_mode="layout") for page in PdfReader(tmp_path / "d.pdf").pages)
    lines = text.splitlines()
    entries = [(i, match) for i, line in enumerate(lines)
               if (match := re.match(r"(\s*\d{3} +)Museum returns looted", line))]  # a gap after the number
    assert len(entries) == 1, text  # in the sources (a coverage row names the outlet, here the file)
    assert any(re.match(r"\s*\d{3} +101\.txt · date not given", line) for line in lines), text
    for i, first in entries:
        wrapped = lines[i + 1]
        assert len(wrapped) - len(wrapped.lstrip()) == first.end(1), (lines[i], wrapped)
