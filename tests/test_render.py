import html
import json
import re

from briefing.config import DEFAULTS
from briefing.render.formats import render
from briefing.summarize.pipeline import make_briefing
from briefing.text.segment import as_written

MARKUP = (
    "Officials met in <b>Geneva</b> on Monday to discuss the <script>alert(1)</script> plan. "
    "The talks, said *Ms* Lee, cost [$3m](http://evil.example) and ended at 5 p.m. local time."
)


def test_json_contract(article_text):
    note = make_briefing(article_text, DEFAULTS.merged({"sentences": 2, "facts": 3}).brief)
    data = json.loads(render(note, "json"))
    assert data["title"] == "Harbour city approves £240m flood barrier after record winter storms"
    assert data["brief"] == " ".join(item["text"] for item in data["brief_sentences"])
    assert [item["index"] for item in data["brief_sentences"]] == [s.index for s in note.brief]
    assert [item["text"] for item in data["facts"]] == [s.text for s in note.facts]
    assert len(data["brief_sentences"]) == 2 and len(data["facts"]) == 3
    assert data["stats"]["article_words"] == note.stats.article_words
    assert data["settings"]["method"] == "newsrank"
    for item in data["brief_sentences"] + data["facts"]:
        assert as_written(note.article.text[item["start"] : item["end"]]) == item["text"]


def test_html_escapes_article_markup():
    html = render(make_briefing(MARKUP, DEFAULTS.merged({"sentences": 2}).brief), "html").decode()
    assert "&lt;b&gt;Geneva&lt;/b&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html and "<b>" not in html


def test_markdown_keeps_article_markup_literal():
    md = render(make_briefing(MARKUP, DEFAULTS.merged({"sentences": 2}).brief), "md").decode()
    assert r"\<b>Geneva\</b>" in md
    assert r"\*Ms\* Lee" in md
    assert r"\[$3m\](http://evil.example)" in md  # no link: the brackets are escaped
    from markdown_it import MarkdownIt

    read_back = MarkdownIt("commonmark").render(md)
    assert "<b>" not in read_back and "<script>" not in read_back and "<a " not in read_back
    assert "<em>Ms</em>" not in read_back and "&lt;script&gt;alert(1)&lt;/script&gt;" in read_back


def test_html_and_markdown_render_the_same_content(article_text):
    note = make_briefing(article_text, DEFAULTS.brief)
    html_text = html.unescape(re.sub(r"<[^>]+>", "", render(note, "html").decode()))
    md = render(note, "md").decode().replace("**", "")
    for sentence in note.brief + note.facts:
        assert sentence.text in html_text
        assert sentence.text in md


def test_markdown_escapes_line_starts_but_leaves_plain_punctuation():
    from briefing.render.markup import markdown_escape

    assert markdown_escape("# Not a heading (really)") == r"\# Not a heading (really)"
    assert markdown_escape("1. Not a list, #hashtag") == r"1\. Not a list, #hashtag"
    assert markdown_escape("2024 was a year.") == "2024 was a year."
    assert markdown_escape("- not a bullet") == r"\- not a bullet"
