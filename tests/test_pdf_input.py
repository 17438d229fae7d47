from collections import Counter

import pytest
from briefing.errors import InputError
from briefing.read.pdf_paragraphs import Line, _join, drop_running, paragraphs, reading_order
from briefing.read.pdf_text import read_pdf

import pdf_fixtures as fx


@pytest.fixture(scope="module")
def report20() -> fx.Fixture:
    return fx.report(20)


def exact(found: list[str], fixture: fx.Fixture) -> int:
    return len(set(found) & set(fixture.paragraphs))


def test_twenty_pages_with_headers_footers_and_hyphens_gone(report20):
    text = read_pdf(report20.data)
    assert text.pages == 20
    body = "\n".join(text.paragraphs)
    assert "ACME Corporation" not in body and "Annual Report 2025" not in body and " of 20" not in body
    assert " ".join(body.split()) == " ".join(" ".join(text.paragraphs).split())
    assert set(body.split()) <= set(" ".join(report20.paragraphs).split())  # no "govern-ment"
    assert exact(text.paragraphs, report20) >= len(report20.paragraphs) - 3  # a break at a page end can be lost
    assert text.title == "Annual report on the regional water programme"


@pytest.mark.parametrize("kind", ["two columns", "ascii hyphen", "indented"])
def test_layouts(kind):
    fixture = {"two columns": lambda: fx.report(6, columns=2), "ascii hyphen": lambda: fx.report(6, hyphen="-"),
               "indented": lambda: fx.report(6, indented=True)}[kind]()
    text = read_pdf(fixture.data)
    assert " ".join(text.paragraphs).split() == " ".join(fixture.paragraphs).split()
    assert exact(text.paragraphs, fixture) >= len(fixture.paragraphs) - 2


def test_reading_order_by_position_not_by_content_stream():
    fixture = fx.two_columns_drawn_right_first()
    assert read_pdf(fixture.data).paragraphs == fixture.paragraphs


def test_title_falls_back_to_the_big_first_line_when_metadata_is_missing_or_junk():
    assert read_pdf(fx.report(1, meta_title=None).data).title == "Annual report on the regional water programme"
    junk = fx.report(1, meta_title="Microsoft Word - draft_v3.docx", heading="Water prices rise")
    assert read_pdf(junk.data).title == "Water prices rise"
    assert read_pdf(fx.report(1, meta_title=None, heading=None).data).title is None


def test_author_and_date_from_metadata():
    meta = '<meta name="author" content="Jane Doe"><meta name="dcterms.created" content="2025-03-14T09:30:00Z">'
    text = read_pdf(fx.report(1, head_extra=meta).data)
    assert (text.author, text.published) == ("Jane Doe", "2025-03-14")


def test_scanned_pages_inside_a_text_pdf_are_counted():
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in (fx.report(1).data, fx.scanned(2)):
        writer.append(PdfReader(io.BytesIO(data)))
    buffer = io.BytesIO()
    writer.write(buffer)
    text = read_pdf(buffer.getvalue())
    assert (text.pages, text.image_only_pages) == (3, 2) and text.paragraphs


def test_owner_password_only_is_read_like_any_viewer_does():
    fixture = fx.report(1)
    assert read_pdf(fx.encrypted(fixture.data, user_password="")).paragraphs == read_pdf(fixture.data).paragraphs


@pytest.mark.parametrize(("make", "message"), [
    (fx.scanned, "is a scanned PDF with no text layer (it would need OCR)"),
    (fx.blank, "is a PDF with no text in it"),
    (lambda: fx.encrypted(fx.report(1).data, user_password="secret"), "is an encrypted PDF that needs a password"),
    (lambda: b"%PDF-1.7\nnot really", "is not a valid PDF (damaged or truncated)"),
    (lambda: fx.report(1).data[:-3000], "is not a valid PDF (damaged or truncated)"),
    (lambda: b"", "is not a valid PDF (damaged or truncated)"),
])
def test_clean_distinguishable_errors(make, message):
    with pytest.raises(InputError) as caught:
        read_pdf(make())
    assert str(caught.value) == message


@pytest.mark.parametrize("before, after, joined", [
    ("the govern-", "ment said", "the government said"),  # unknown: a hyphenation
    ("a well-", "known man", "a well-known man"),  # a known compound head
    ("COVID-", "19 cases", "COVID-19 cases"),
    ("Anglo-", "American", "Anglo-American"),
    ("the inter\u2010", "national", "the international"),
    ("the inter\u00ad", "national", "the international"),
    ("state-of-", "the-art kit", "state-of-the-art kit"),
    ("a fol\u2010", "low-up", "a follow-up"),
    ("the \ufb01nal", "o\ufb03ce", "the final office"),
])
def test_line_end_hyphens(before, after, joined):
    assert _join([before, after], Counter()) == joined


def test_the_documents_own_words_decide_a_hyphen():
    vocabulary = Counter({"long-term": 2, "research": 1})
    assert _join(["a long-", "term plan"], vocabulary) == "a long-term plan"
    assert _join(["new re-", "search"], vocabulary) == "new research"
    assert _join(["a data-", "base"], Counter({"data-base": 1})) == "a data-base"


def test_page_numbers_go_even_on_a_single_page_and_without_positions():
    lines = [Line("Body text that is long enough.", 50, 100, 500, 112, 11), Line("- 3 -", 290, 800, 300, 812, 11)]
    assert [ln.text for ln in drop_running([lines], [842.0])[0]] == ["Body text that is long enough."]
    plain = [[Line("ACME"), Line("Text one."), Line("Page 1")], [Line("ACME"), Line("Text two."), Line("Page 2")]]
    assert [[ln.text for ln in page] for page in drop_running(plain, [0.0, 0.0])] == [["Text one."], ["Text two."]]


def test_paragraphs_without_geometry_still_join_lines():
    found, headings = paragraphs([Line("One line that goes on"), Line("and ends here.")])
    assert found == ["One line that goes on and ends here."] and headings == []


def test_a_dense_page_keeps_stream_order_without_recursion_error():
    lines = [Line(f"row {i}", 50, 10 + i, 100, 10.5 + i, 1) for i in range(3000)]
    assert reading_order(lines) == lines
    assert reading_order(lines[:400]) == lines[:400]
