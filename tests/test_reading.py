import codecs

import pytest

from briefing.errors import InputError
from briefing.reading import parse_article, read_article


def test_headline_line_becomes_the_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Storm hits coast\n\nThe storm hit the coast on Monday. Power failed.\n")
    article = read_article(path)
    assert article.title == "Storm hits coast"
    assert article.text == "The storm hit the coast on Monday. Power failed."
    assert article.source == str(path)


def test_first_line_that_is_a_sentence_is_not_a_title():
    article = parse_article("The storm hit on Monday.\n\nPower failed.", source="x")
    assert article.title is None
    assert article.text == "The storm hit on Monday.\n\nPower failed."


def test_hard_wrapped_lines_join_into_one_paragraph():
    text = "Headline here\n\nThe storm hit the coast on\nMonday night, and power\nfailed for hours.\n"
    article = parse_article(text, source="x")
    assert article.text == "The storm hit the coast on Monday night, and power failed for hours."


def test_one_paragraph_a_line_without_blank_lines():
    text = "Headline here\nThe storm hit on Monday.\nPower failed for hours.\nSchools closed."
    article = parse_article(text, source="x")
    assert article.title == "Headline here"
    assert article.text.split("\n\n") == [
        "The storm hit on Monday.",
        "Power failed for hours.",
        "Schools closed.",
    ]


def test_crlf_bom_and_odd_spaces_are_normalized(tmp_path):
    path = tmp_path / "win.txt"
    body = "Title line\r\n\r\nPrices\u00a0rose 3%.\tWages\u200b fell.\r\n"
    path.write_bytes(codecs.BOM_UTF8 + body.encode("utf-8"))
    article = read_article(path)
    assert article.title == "Title line"
    assert article.text == "Prices rose 3%. Wages fell."


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Ελληνικά νέα.\n\nΔεύτερη πρόταση.".encode("utf-16"))
    assert read_article(path).text == "Ελληνικά νέα.\n\nΔεύτερη πρόταση."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the article is empty"),
        (b"   \n\n\t \n", "the article is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file, not text"),
        (b"caf\xe9 au lait.", "not UTF-8 text (invalid byte at offset 3); save it as UTF-8"),
    ],
)
def test_unreadable_inputs_are_refused_with_the_reason(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert caught.value.message == message
    assert caught.value.source == str(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)
