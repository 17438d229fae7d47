"""Verbatim means verbatim: a declared charset first, then UTF-8 (a stray bad byte replaced, with a
warning), then Windows-1252 for Western text and the right legacy encoding for the rest."""

import json
import logging

import pytest
from briefing.read.decoding import decode, text_encoding

from conftest import ROOT

SAMPLES = json.loads((ROOT / "tests" / "fixtures" / "news-in-fifteen-languages.json").read_text(encoding="utf-8"))
# Languages briefing can brief (and Russian) in the encodings they were written in before UTF-8.
# Hungarian and Turkish are not read right without a declaration (see benchmarks/encodings.py).
CASES = [(language, encoding) for language in
         ("english", "french", "german", "spanish", "italian", "portuguese", "swedish",
          "czech", "slovak", "polish", "russian", "ukrainian", "greek")
         for encoding in SAMPLES[language]["encodings"] if encoding not in ("mac-roman", "iso-8859-15")]


@pytest.mark.parametrize(("language", "encoding"), CASES)
def test_legacy_encodings_are_read_verbatim(language, encoding):
    text = SAMPLES[language]["text"]
    for part in (text, text.split(". ")[0] + "."):
        data = part.encode(encoding, errors="replace")
        assert decode(data, source="x") == data.decode(encoding)


def test_western_text_is_not_read_as_central_european():
    text = "The crème brûlée at Núñez's café was naïve, said Zoë. " * 3
    for encoding in ("cp1252", "latin-1"):
        assert decode(text.encode(encoding), source="x") == text


def test_a_stray_bad_byte_in_utf8_is_replaced_with_a_warning(run, tmp_path):
    text = "The fare rose to £4.20, and the season ticket to £1,200 — a rise of 5%.\n\n" * 3
    path = tmp_path / "fares.txt"
    path.write_bytes(text.encode().replace(b"rise of", b"rise\xff of", 1))
    result = run(path, "--format", "json", "-o", "-")
    assert result.code == 0
    assert result.stderr == f"briefing: warning: {path}: 1 byte sequence not valid UTF-8 replaced with \ufffd\n"
    brief = json.loads(result.stdout)["brief"]
    assert "£4.20" in brief and "Â" not in brief and "rise\ufffd of" in result.stdout


def test_a_declared_charset_wins_over_guessing(tmp_path, caplog):
    hungarian = SAMPLES["hungarian"]["text"].split(". ")[0] + "."  # in ISO-8859-2 too
    page = f'<html><head><meta charset="windows-1250"><title>Híd</title></head><body><p>{hungarian}</p></body></html>'
    assert hungarian in decode(page.encode("cp1250"), source="x")
    http_equiv = page.replace('<meta charset="windows-1250">',
                              '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">')
    assert hungarian in decode(http_equiv.encode("iso-8859-2"), source="x")
    xml = f'<?xml version="1.0" encoding="ISO-8859-2"?><html><body><p>{hungarian}</p></body></html>'
    assert hungarian in decode(xml.encode("iso-8859-2"), source="x")
    assert decode(hungarian.encode("cp1250"), source="x", declared="windows-1250") == hungarian
    with caplog.at_level(logging.WARNING, logger="briefing"):
        assert decode(b"caf\xe9 \x81", source="x", declared="windows-1252") == "café \ufffd"
    assert caplog.messages == ["x: 1 byte sequence not valid CP1252 replaced with \ufffd"]


def test_declarations_are_read_as_browsers_read_them():
    assert text_encoding("ISO-8859-1") == text_encoding("us-ascii") == "cp1252"  # “quotes” and € included
    assert text_encoding("utf-16", in_document=True) == "utf-8"  # a page that can declare it is not
    assert text_encoding("utf-16") == "utf-16"
    for label in ("unicode_escape", "raw-unicode-escape", "utf-7", "idna", "rot13", "no such charset", ""):
        assert text_encoding(label) is None
    quotes = "“Curly” quotes – and £5 €3.".encode("cp1252")
    assert decode(quotes, source="x", declared="iso-8859-1") == "“Curly” quotes – and £5 €3."
    utf8 = "Café owners in São Paulo".encode()  # a common server mistake: UTF-8 declared as Latin-1
    assert decode(utf8, source="x", declared="iso-8859-1") == "Café owners in São Paulo"


def test_a_declared_charset_in_an_html_file_is_honoured_end_to_end(run, tmp_path):
    czech = "Městské zastupitelstvo v úterý schválilo stavbu nového mostu přes řeku. " * 3
    page = (f'<html><head><meta charset="iso-8859-2"><title>Most přes řeku</title></head>'
            f"<body><article><h1>Most přes řeku</h1><p>{czech}</p></article></body></html>")
    path = tmp_path / "most.html"
    path.write_bytes(page.encode("iso-8859-2"))
    result = run(path, "--format", "json", "-o", "-", "--language", "czech")
    assert (result.code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["title"] == "Most přes řeku"
