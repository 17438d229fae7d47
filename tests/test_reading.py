import codecs

import pytest
from briefing.errors import InputError
from briefing.read.input_types import parse_article
from briefing.read.sources import read_article

from conftest import pdf_text, squash


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


RANDOM_BYTES = bytes((i * 7919 + 13) % 256 for i in range(4000))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the article is empty"),
        (b"   \n\n\t \n", "the article is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image, not text"),
        (b"PK\x03\x04\x14\x00\x00\x00", "is a ZIP archive (or a Word, Excel or EPUB file), not text"),
        (RANDOM_BYTES, "looks like a binary file, not text"),
        (b"plain text\x00\x01\x02 with zero bytes" * 50, "looks like a binary file, not text"),
        (codecs.BOM_UTF16_LE + b"A\x00B", "not valid UTF-16 text"),
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


def test_windows_1252_and_latin_1_are_detected(tmp_path):
    path = tmp_path / "cp1252.txt"
    text = "Caf\u00e9 owners in S\u00e3o Paulo said prices rose \u201csharply\u201d \u2013 by 5%. " * 3
    path.write_bytes(text.encode("cp1252"))
    assert read_article(path).text == text.strip()


def test_utf16_without_bom_is_read(tmp_path):
    path = tmp_path / "u16le.txt"
    path.write_bytes("The vote passed on Monday. Turnout was low.".encode("utf-16-le"))
    assert read_article(path).text == "The vote passed on Monday. Turnout was low."


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 250_000)
    with pytest.raises(InputError) as caught:
        read_article(path, max_bytes=1_000_000)
    assert caught.value.message == "is 1.2 MB, over the 1 MB limit (raise it with --max-size)"


def test_html_character_references_in_plain_text_are_read_as_the_characters_they_stand_for(run, tmp_path):
    # text copied out of a page or a CMS export: "caf&#233;" (21 BBC articles) must not reach the note as written
    path = tmp_path / "story.txt"
    path.write_text("Paris caf&#233; closes\n\nThe caf&#233; on Rue Cler, owned by AT&T&#8217;s former boss, closed "
                    "on Monday after selling Q&A cards &amp; &lt;b&gt; maps for &#8364;5 for 40&#160;years.\n\nIts "
                    "owner said the rent had doubled since 2019.\n\nIts old price list, with &bogus;, &copyright;, "
                    "&#1; and &#0;, stays as written.\n")
    article = read_article(path)
    assert article.title == "Paris café closes"
    assert article.text == ("The café on Rue Cler, owned by AT&T’s former boss, closed on Monday after selling Q&A "
                            "cards & <b> maps for €5 for 40 years.\n\nIts owner said the rent had doubled since 2019."
                            "\n\nIts old price list, with &bogus;, &copyright;, &#1; and &#0;, stays as written.")
    # a JSON record's title and author are read as its text is
    record = tmp_path / "story.json"
    record.write_text('{"title": "Caf&#233; closes", "author": "Jos&#233; Lee", '
                      '"text": "Caf&#233; closes\\n\\nThe caf&#233; on Rue Cler closed on Monday after 40 years."}')
    article = read_article(record)
    assert (article.title, article.byline, article.text) == (
        "Café closes", "José Lee", "The café on Rue Cler closed on Monday after 40 years.")
    result = run(path, "-o", "note.pdf")
    assert result.code == 0, result.stderr
    text = squash(pdf_text(tmp_path / "note.pdf"))
    assert squash("The café on Rue Cler") in text and "&#233;" not in text and squash("<b> maps for €5") in text
