"""The note a reader acts on: where and when under the title, what happens next, the note's own
remarks out of the way, a long headline that still reads as one, figures with their units, a long
summary in paragraphs, a long link that is one link. Each check reads the produced PDF (pypdf) or
HTML."""

import json
import re
from dataclasses import fields

import pytest
from briefing import make_briefing
from briefing.model import Sentence
from briefing.render.headline import fitted_headline, name_units
from briefing.render.markup import figure_spans
from briefing.summarize.outlook import whats_next
from briefing.text.languages import LANGUAGES
from pypdf import PdfReader

from conftest import SAMPLE, squash, write

NEXT = "Construction is expected to begin in spring 2027, once a marine licence has been granted."
LONG_URL = ("https://www.portmere-post.example/news/local/2026/02/12/harbour-city-approves-240m-flood-barrier-after-"
            "record-winter-storms-council-vote-analysis-and-what-it-means-for-residents")


def story_page(tmp_path, *, title="Harbour city approves £240m flood barrier", url=LONG_URL, date="2026-02-12"):
    paragraphs = SAMPLE.read_text().split("\n\n")[1:]
    dated = f'<meta property="article:published_time" content="{date}">' if date else ""
    return write(tmp_path / "story.html", (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="Portmere Post">'
        f'<link rel="canonical" href="{url}"><meta name="author" content="Sarah Whitlock">{dated}</head>'
        f"<body><article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    ))


def lines(path, page=0):
    return [line.strip() for line in PdfReader(path).pages[page].extract_text().splitlines() if line.strip()]


def test_the_dateline_says_publication_author_date_and_reading_time_above_the_bottom_line(run, tmp_path):
    assert run(story_page(tmp_path), "-o", "note.pdf").code == 0
    text = lines(tmp_path / "note.pdf")
    dateline = "Portmere Post · Sarah Whitlock · 12 February 2026 · 3-min read"
    assert dateline in text and text.index(dateline) < text.index("Bottom line"), text
    flat = squash(" ".join(text))
    assert flat.index("Source") < flat.index("Prepared")  # when the note was made: in the source block
    assert "Page1of1" not in flat and "Page1" not in flat  # one page: no page number at all

    assert run(SAMPLE, "-o", "sample.pdf").code == 0  # no outlet, author or date known
    assert "date not given · 3-min read" in lines(tmp_path / "sample.pdf")


def test_page_numbers_stay_when_there_is_more_than_one_page(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf", "--appendix").code == 0
    assert "Page1of2" in squash(PdfReader(tmp_path / "note.pdf").pages[0].extract_text())


def test_whats_next_is_a_verbatim_sentence_outside_the_brief_in_its_own_section(run, tmp_path):
    note = make_briefing(SAMPLE.read_text())
    assert note.outlook is not None and note.outlook.text == NEXT
    assert note.outlook not in note.brief + note.facts
    assert run(SAMPLE, "-o", "note.pdf").code == 0
    flat = squash(" ".join(lines(tmp_path / "note.pdf")))
    assert flat.index("Keyfacts") < flat.index("What'snext" + squash(NEXT)) < flat.index("Source")
    record = json.loads(run(SAMPLE, "--format", "json", "-o", "-").stdout)
    assert record["whats_next"]["text"] == NEXT
    markdown = run(SAMPLE, "--format", "md", "-o", "-").stdout
    section = markdown.index("## What's next\n\nConstruction is expected")
    assert markdown.index("## Key facts") < section < markdown.index("## Source")


def test_an_article_that_says_nothing_of_what_comes_next_gets_no_such_section(run, tmp_path):
    text = "\n\n".join(p for p in SAMPLE.read_text().split("\n\n") if "expected to" not in p and "would" not in p)
    path = write(tmp_path / "past.txt", text)
    assert make_briefing(text).outlook is None
    assert run(path, "-o", "note.pdf").code == 0
    assert "What's next" not in " ".join(lines(tmp_path / "note.pdf"))
    assert json.loads(run(path, "--format", "json", "-o", "-").stdout)["whats_next"] is None


def test_whats_next_needs_a_forward_verb_and_a_step_and_never_quotes_a_hope():
    def sentences(*texts):
        return [Sentence(text, index, index, 0, len(text)) for index, text in enumerate(texts)]

    found = sentences(
        "The council approved the plan after a long debate on Tuesday night.",
        '"We will win this fight next year," said the council leader Amira Okafor.',
        "Residents will be glad of the decision, which many of them had wanted.",
        "The full council will vote on the budget on 14 March, officials said.",
    )
    assert whats_next(found, {0}, excluded=(), language="en", titled=True) == found[3]
    assert whats_next(found[:3], {0}, excluded=(), language="en", titled=True) is None
    assert whats_next(found, {0}, excluded={3}, language="en", titled=True) is None
    assert whats_next(found, {0}, excluded=(), language="de", titled=True) is None  # no patterns: no section


def test_whats_next_reads_its_signs_whatever_their_case():
    texts = ("The council approved the plan after a long debate on Tuesday night.",
             "The bill goes to a final Vote in March, the clerk said.")  # no "will": the time and the event
    found = [Sentence(text, index, index, 0, len(text)) for index, text in enumerate(texts)]
    assert whats_next(found, {0}, excluded=(), language="en", titled=True) == found[1]


@pytest.mark.parametrize("language", [language for language in LANGUAGES.values() if language.outlook])
def test_the_signs_of_what_comes_next_are_written_in_lower_case(language):
    for field in fields(language.outlook):  # they read the sentence lower-cased: a capital would never match
        sign = getattr(language.outlook, field.name)
        assert re.sub(r"\\.", "", sign.pattern) == re.sub(r"\\.", "", sign.pattern).lower()


def test_the_notes_own_remarks_close_the_colophon_and_go_to_stderr_and_json(run, tmp_path):
    paragraphs = SAMPLE.read_text().split("\n\n")[1:4]
    path = write(tmp_path / "short.txt", "Flood barrier approved\n\n" + "\n\n".join(paragraphs))
    result = run(path, "-o", "note.pdf", "--sentences", "9")
    assert result.code == 0
    remark = "The brief holds all the article's sentences: 5."
    assert result.stderr == f"briefing: warning: {path}: {remark}\n"
    flat = squash(" ".join(lines(tmp_path / "note.pdf")))
    assert flat.index("Source") < flat.index("Extractivesummary") < flat.index(squash(remark))
    assert flat.count(squash(remark)) == 1
    assert json.loads(run(path, "--format", "json", "-o", "-", "--sentences", "9").stdout)["notes"] == [remark]


def test_a_30_word_headline_takes_at_most_4_lines_and_never_splits_a_name(run, tmp_path):
    headline = ("Jean-Baptiste Müller-Lüdenscheidt tells harbour city councillors that the £240m flood barrier "
                "approved after two record winter storms must be finished before the next storm season reaches the "
                "wide river mouth")
    assert len(headline.split()) == 30
    size, broken = fitted_headline(headline, 17.0, 128)
    assert broken is not None and len(broken) <= 4 and size < 17.0  # stepped down after 3 lines
    assert any("Jean-Baptiste Müller-Lüdenscheidt" in line for line in broken)
    assert run(SAMPLE, "-o", "note.pdf", "--title", headline).code == 0
    text = lines(tmp_path / "note.pdf")
    head = text[:text.index("date not given · 3-min read")]  # the lines above the dateline
    assert 1 < len(head) <= 4 and squash(" ".join(head)) == squash(headline), head
    assert any("Jean-Baptiste Müller-Lüdenscheidt" in line for line in head)


def test_names_are_units_but_title_case_headlines_are_left_as_words():
    assert name_units("Council leader Amira Okafor backs River Aske barrier".split()) == [
        "Council", "leader", "Amira Okafor", "backs", "River Aske", "barrier"]
    title_case = "Harbour City Approves Flood Barrier After Storms".split()
    assert name_units(title_case) == title_case


def test_figures_are_bold_with_their_units_and_without_the_full_stop(run, tmp_path):
    def figures(text):
        return [text[start:end] for start, end in figure_spans(text)]

    assert figures("It rose 1.7 metres, the highest since 1911.") == ["1.7 metres", "1911"]
    assert figures("A night costs CHF 91.20 and the port lost 30bn baht.") == ["CHF 91.20", "30bn baht"]
    assert figures("Points: 2) the levy rises on 1 January.") == ["1 January"]
    assert figures("Work starts Jan. 5 and ends in March.") == ["Jan. 5"]
    assert figures("Construction is expected to begin in spring 2027.") == ["spring 2027"]
    html = run(SAMPLE, "--format", "html", "-o", "-").stdout
    assert '<strong class="figure">1.7 metres</strong>' in html
    assert '<strong class="figure">1911</strong>.' in html
    assert "strong.figure { color: #10233d; white-space: nowrap; }" in html  # never parted at a line end


def test_a_fact_is_not_broken_early_before_a_figure(run, tmp_path):
    # WeasyPrint broke this line after "prevent their", a third of the line empty, unless a <wbr>
    # stands before the space ahead of the figure.
    fact = ('Richard Okafor "totally condemned" the deletion of letters to prevent their disclosure under freedom '
            "of information laws coming into force on 1 January.")
    path = write(tmp_path / "letters.txt", (
        "Letters deleted\n\nThe harbour authority in Portmere deleted thousands of letters last month, its "
        f"records show.\n\n{fact}\n\nThe authority said the letters were copies of files it keeps elsewhere."))
    assert run(path, "-o", "note.pdf", "--sentences", "1").code == 0
    text = lines(tmp_path / "note.pdf")
    assert "their" not in text and any(line.startswith("their disclosure") for line in text), text


def test_ten_facts_or_more_get_an_indent_that_holds_two_digits(run, tmp_path):
    from made_articles import made_article

    path = write(tmp_path / "long.txt", made_article(19))
    html = run(path, "--format", "html", "-o", "-", "--facts", "10").stdout
    assert ('<ol class="facts two-digit">' in html) == (html.count("<li>") >= 10)
    assert '<ol class="facts">' in run(SAMPLE, "--format", "html", "-o", "-").stdout


def test_a_summary_of_more_than_4_sentences_keeps_the_sources_paragraphs(run, tmp_path):
    html = run(SAMPLE, "--format", "html", "-o", "-", "--sentences", "6").stdout
    summary = html[html.index('<section class="summary"'):html.index("</section>", html.index('class="summary"'))]
    paragraphs = re.findall(r'<p class="brief">(.*?)</p>', summary, re.S)
    note = make_briefing(SAMPLE.read_text(), __import__("briefing").BriefOptions(sentences=6))
    assert len(paragraphs) == len({sentence.paragraph for sentence in note.brief[1:]}) > 1
    assert len(re.findall(r'<p class="brief">', run(SAMPLE, "--format", "html", "-o", "-").stdout)) == 1


def test_a_long_link_is_one_or_two_annotations_and_the_appendix_is_light(run, tmp_path):
    assert run(story_page(tmp_path), "-o", "note.pdf", "--appendix").code == 0
    reader = PdfReader(tmp_path / "note.pdf")
    pieces = [a.get_object() for a in reader.pages[0]["/Annots"] if "/A" in a.get_object()]
    assert 1 <= len(pieces) <= 2 and {p["/A"]["/URI"] for p in pieces} == {LONG_URL}
    for piece in pieces:
        left, bottom, right, top = (float(value) for value in piece["/Rect"])
        assert right - left > 50 and top - bottom > 5  # no zero-width piece, stored the right way up
    assert run(SAMPLE, "-o", "appendix.pdf", "--appendix").code == 0
    assert (tmp_path / "appendix.pdf").stat().st_size < 50_000  # underlines are borders, not dots
