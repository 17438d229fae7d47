"""Markdown output: article text stays text under a CommonMark reader, escaped only where markup could start."""

import html

from briefing.render.markup import markdown_escape, quote_markdown
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

HOSTILE = (
    "*x* and **y** and _z_ here",
    "[a](b) and ![img](http://evil.example/x.png) and [ref]",
    "<script>alert(1)</script> and <b>bold</b> and <http://evil.example>",
    "# Heading?",
    "## also",
    "1. Not a list",
    "2) Nor this",
    "- not a bullet",
    "+ nor this",
    "* nor this",
    "> not a quotation",
    ">neither",
    "---",
    "===",
    "___",
    "Code `rm -rf /` here and ```fenced```",
    "A back\\slash \\* and a trailing one\\",
    "Entities &amp; &#169; &copy; stay literal",
    "~~struck~~ and a | pipe",
)


def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


def _paragraph(text: str) -> str:
    escaped = html.escape(text, quote=False).replace('"', "&quot;")
    return f"<p>{escaped}</p>\n"


def test_hostile_text_reads_back_as_the_same_plain_paragraph():
    for text in HOSTILE:
        assert _rendered(markdown_escape(text)) == _paragraph(text), text


def test_hostile_text_in_a_numbered_fact_stays_one_item_of_plain_text():
    for text in HOSTILE:
        rendered = _rendered(f"1. {quote_markdown(text, figures=True)}\n")
        rendered = rendered.replace("<strong>", "").replace("</strong>", "")  # the figures, made bold
        assert rendered == f"<ol>\n<li>{_paragraph(text)[3:-5]}</li>\n</ol>\n", text


def test_hostile_text_inside_link_text_stays_inside_that_link():
    for text in HOSTILE:
        rendered = _rendered(f"[**{markdown_escape(text, line_start=False)}**](#story-1)\n")
        assert rendered == f'<p><a href="#story-1"><strong>{_paragraph(text)[3:-5]}</strong></a></p>\n', text


def test_plain_punctuation_and_words_are_left_alone():
    assert markdown_escape("13-profile plan, e-mail and well-known (really)") == \
        "13-profile plan, e-mail and well-known (really)"
    assert markdown_escape("snake_case stays; 3 < 4 and 5 > 2; A & B; 1.5 million; #hashtag") == \
        "snake_case stays; 3 < 4 and 5 > 2; A & B; 1.5 million; #hashtag"
    assert markdown_escape("-5% on the day, +3 after") == "-5% on the day, +3 after"
    assert markdown_escape("2024 was a year.") == "2024 was a year."


@given(st.text(alphabet=st.sampled_from(list("ab1 .)-+=#>*_`[]()!<>&;~\\|/:")), min_size=1, max_size=40))
def test_any_line_of_markup_characters_reads_back_as_itself(text):
    text = " ".join(text.split())
    if text:
        assert _rendered(markdown_escape(text)) == _paragraph(text)
