import pytest
from briefing.errors import InputError
from briefing.read.word import read_docx

import docx_fixtures as fx

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the header of old Office files


def test_body_in_order_with_links_and_tracked_changes_and_prose_cells():
    text = read_docx(fx.document())
    assert text.paragraphs == [fx.BODY[0], fx.BODY[1], fx.LAYOUT_CELL, fx.BODY[2]]
    assert (text.title, text.author, text.published) == ("Council raises water prices", "Jane Doe", "2025-03-14")


def test_headers_footers_headings_and_figure_tables_are_not_body():
    body = " ".join(read_docx(fx.document()).paragraphs)
    for left_out in ("ACME Council", "Page 1", "Background", "Water prices rise", "2025", "€1.90", "more or"):
        assert left_out not in body


@pytest.mark.parametrize("core_title", [None, "Document1", "draft.docx"])
def test_title_from_the_title_styled_paragraph_when_properties_have_none(core_title):
    assert read_docx(fx.document(title=core_title)).title == "Water prices rise"


def test_title_from_the_first_heading_before_the_body_else_none():
    assert read_docx(fx.document(title=None, heading=None)).title is None  # "Background" comes after text
    assert read_docx(fx.document(title=None, heading=None, author=None)).author is None


@pytest.mark.parametrize(("make", "message"), [
    (lambda: fx.document()[:2000], "is not a valid Word file (damaged or not a .docx)"),
    (lambda: b"PK\x03\x04" + b"\x00" * 100, "is not a valid Word file (damaged or not a .docx)"),
    (fx.plain_zip, "is a ZIP archive, not a Word document"),
    (lambda: fx.rezip(fx.document(), drop="word/document.xml"), "is a ZIP archive, not a Word document"),
    (lambda: fx.rezip(fx.document(), replace={"word/document.xml": b"<w:document><w:body>"}),
     "is a damaged Word file (its XML cannot be read)"),
    (lambda: fx.rezip(fx.document(), drop="[Content_Types].xml"), "is not a Word .docx document"),
    (lambda: OLE + b"\x00" * 600, "is an old Word .doc file, not .docx: save it as .docx"),
    (lambda: OLE + "EncryptedPackage".encode("utf-16-le"), "is a password-protected Word file"),
])
def test_clean_errors(make, message):
    with pytest.raises(InputError) as caught:
        read_docx(make())
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


def test_macro_enabled_content_type_is_refused_cleanly():
    import io
    import zipfile

    data = fx.document()
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    with pytest.raises(InputError, match=r"not a Word \.docx document"):
        read_docx(fx.rezip(data, replace={"[Content_Types].xml": types}))


def test_empty_document():
    import io

    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(InputError, match="is a Word document with no text in it"):
        read_docx(buffer.getvalue())
