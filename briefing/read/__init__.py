"""Bytes → Article: the table of input types (input_types) and their parsers (plain text, Markdown
and HTML in parsers; pdf_text and pdf_paragraphs; word; feeds; archives and records for JSON),
decoding to text (decoding, legacy), the lines above an article's body (article_head), what a
pasted page brings along that is not the article (page_junk), and where an article comes from:
a path, standard input or a URL (sources).
"""
