"""The note people forward: one page, bottom line first, provenance, usable links, a stand-alone
appendix, an archival copy that keeps its tags, every listed language. Each check reads the
produced PDF with pypdf."""

import io
import logging
import re
from datetime import datetime

import pytest
from briefing import BriefOptions, make_briefing, render
from briefing.read.input_types import parse_article
from briefing.render.fitting import Fit, fit_to_page
from briefing.text.languages import LANGUAGES
from briefing.text.languages.labels import labels_for
from pypdf import PdfReader

from conftest import SAMPLE, pdf_text, squash, unremarked, write
from made_articles import made_article
from test_pdf import fonts

NOTE_SETTINGS = [BriefOptions(), BriefOptions(sentences=5, facts=6)]


def links(page):
    return [a.get_object() for a in page.get("/Annots") or [] if a.get_object()["/Subtype"] == "/Link"]


def xmp(reader) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()


@pytest.mark.parametrize("options", NOTE_SETTINGS, ids=["defaults", "5-sentences-6-facts"])
def test_made_articles_of_400_to_1200_words_fit_one_page_or_say_how_many(options, caplog):
    caplog.set_level(logging.WARNING, logger="briefing")
    for number in range(30):
        caplog.clear()
        note = make_briefing(parse_article(made_article(number), source=f"made-{number}.txt"), options)
        reader = PdfReader(io.BytesIO(render(note, "pdf")))
        pages = len(reader.pages)
        warned = [r.getMessage() for r in caplog.records if "pages, not one" in r.getMessage()]
        assert pages == 1 or warned == [f"made-{number}.txt: the note takes {pages} pages, not one; ask for fewer "
                                        "sentences or facts"], number
        text = squash(reader.pages[0].extract_text())
        kept = [fact for fact in note.facts if squash(fact.text) in text]
        dropped = [r.getMessage() for r in caplog.records if "key facts left out" in r.getMessage()]
        if len(kept) < len(note.facts):
            assert dropped == [f"made-{number}.txt: {len(note.facts) - len(kept)} of {len(note.facts)} key facts "
                               "left out to keep the note to one page"]
        assert all(squash(sentence.text) in text for sentence in note.brief)


def test_a_note_that_cannot_fit_says_how_many_pages_it_takes(run, tmp_path):
    long = write(tmp_path / "long.txt", made_article(19))
    result = run(long, "--sentences", "30", "--facts", "3", "-o", "long.pdf")
    pages = len(PdfReader(tmp_path / "long.pdf").pages)
    assert pages > 1
    assert unremarked(result.stderr) == (f"briefing: warning: {long}: the note takes {pages} pages, not one; "
                                         "ask for fewer sentences or facts\n")


def test_fitting_tightens_then_drops_facts_and_adds_the_appendix_once():
    laid_out = []

    def lay_out(fit, complete):  # a note of 2 + facts / 2 units; a page holds 6, each step 0.2 more
        laid_out.append((fit, complete))
        room = 6 + 0.2 * fit.tight + 0.2 * fit.compact
        height = 2 + (fit.facts if fit.facts is not None else 9) / 2
        return (fit, complete), 1 if height <= room else 2

    fitted = fit_to_page(lay_out, facts=9, appendix=True)
    assert fitted.fit == Fit(tight=True, compact=True, facts=9 - 1) and fitted.pages == 1
    assert [complete for _, complete in laid_out] == [False] * (len(laid_out) - 1) + [True]
    assert laid_out[:3] == [(Fit(), False), (Fit(tight=True), False), (Fit(tight=True, compact=True), False)]

    laid_out.clear()
    never = fit_to_page(lambda fit, complete: (laid_out.append(fit), 3), facts=4, appendix=False)
    assert never.fit == Fit(tight=True, compact=True) and never.pages == 3  # every fact kept


def test_bottom_line_first_then_summary_facts_and_source_in_reading_order(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf", "--author", "Policy Unit").code == 0
    note = make_briefing(SAMPLE.read_text())
    text = squash(PdfReader(tmp_path / "note.pdf").pages[0].extract_text())
    marks = [note.title, "Bottomline", note.brief[0].text, "Summary", note.brief[1].text, "Keyfacts",
             *(f"{number}.{fact.text}" for number, fact in enumerate(note.facts, start=1)), "Source",
             "PreparedbyPolicyUnit", "Extractivesummary"]
    positions = [text.find(squash(mark)) for mark in marks]
    assert -1 not in positions and positions == sorted(positions), list(zip(marks, positions, strict=True))
    assert not re.search(r"\b[A-Z] [A-Z]{3,}", PdfReader(tmp_path / "note.pdf").pages[0].extract_text())


def test_a_bottom_line_that_opens_a_quotation_holds_the_rest_of_it(run, tmp_path):
    # readers flagged both halves as cut quotations when the second stood under "Summary" (change-102-old)
    quotation = ['"We are devastated by the decision to close the plant.',
                 'It has been the heart of this town for 80 years," said Mayor Ann Lee of Portmere on Tuesday.']
    article = write(tmp_path / "plant.txt", " ".join([
        *quotation, "The carmaker Volta announced on Monday that the plant will close in March 2027, with the loss "
        "of 1,200 jobs.", "Workers were told of the closure at a meeting on Monday morning.",
        "Unions said they would fight the closure of the plant in the courts."]))
    assert run(article, "-o", "note.pdf", "--method", "lead").code == 0
    text = squash(PdfReader(tmp_path / "note.pdf").pages[0].extract_text())
    marks = ["Bottomline", *quotation, "Summary", "ThecarmakerVolta"]
    positions = [text.find(squash(mark)) for mark in marks]
    assert -1 not in positions and positions == sorted(positions), list(zip(marks, positions, strict=True))


def test_a_real_bold_face_for_headline_lede_and_figures(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf").code == 0
    names = {name.split("+")[1] for name, _ in fonts(PdfReader(tmp_path / "note.pdf"))}
    assert names == {"DejaVu-Sans", "DejaVu-Sans-Bold"}


def test_figures_are_picked_out_and_article_markup_stays_text(run, tmp_path):
    hostile = write(tmp_path / "hostile.txt", (
        "Council approves barrier\n\n"
        "Councillors voted on Tuesday to build a tidal barrier after two storms flooded the city. "
        'Insurers paid out <b class="x">£96 million</b> &amp; more in claims, a record since 1911. '
        "The remaining £130m will come from a levy on new developments and <script>alert(1)</script> borrowing "
        "&lt;script&gt;alert(2)&lt;/script&gt;."
    ))
    html = run(hostile, "--format", "html", "-o", "-", "--sentences", "1").stdout
    # a character reference is read as its character ("&amp;" is "&"), and that character is text, escaped again
    assert '&lt;b class=&#34;x&#34;&gt;<strong class="figure">£96 million</strong>&lt;/b&gt; &amp; more' in html
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; borrowing &lt;script&gt;alert(2)&lt;/script&gt;." in html
    assert run(hostile, "-o", "hostile.pdf", "--sentences", "1").code == 0
    text = squash(pdf_text(tmp_path / "hostile.pdf"))
    assert squash('Insurers paid out <b class="x">£96 million</b> & more in claims, a record since 1911.') in text


def test_provenance_block_names_publication_link_author_date_and_preparer(run, tmp_path):
    page = write(tmp_path / "story.html", (
        '<html><head><title>Barrier approved</title><meta property="og:site_name" content="Portmere Gazette">'
        '<link rel="canonical" href="https://gazette.example/news/barrier">'
        '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2026-03-05"></head>'
        "<body><article><h1>Barrier approved</h1>"
        + "".join(f"<p>{p}</p>" for p in SAMPLE.read_text().split("\n\n")[1:]) +
        "</article></body></html>"
    ))
    result = run(page, "-o", "note.pdf", "--author", "Policy Unit", "--language", "de", "--title", "Flutschutz")
    assert result.code == 0, result.stderr
    reader = PdfReader(tmp_path / "note.pdf")
    text = squash(reader.pages[0].extract_text())
    source = text[text.index("Quelle"):]
    for row in ("MediumPortmereGazette", "SchlagzeileBarrierapproved", "Linkhttps://gazette.example/news/barrier",
                "AutorJaneDoe", "Veröffentlicht5.März2026", "ErstelltvonPolicyUnit,"):
        assert row in source, row
    uri = {link["/A"]["/URI"] for link in links(reader.pages[0]) if "/A" in link}  # one a line it takes
    assert uri == {"https://gazette.example/news/barrier"}
    assert "<dc:source>https://gazette.example/news/barrier</dc:source>" in xmp(reader)


def test_a_protective_marking_is_printed_at_the_top_and_bottom_of_every_page(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf", "--appendix", "--marking", "OFFICIAL-SENSITIVE").code == 0
    reader = PdfReader(tmp_path / "note.pdf")
    assert len(reader.pages) == 2
    first, second = (page.extract_text().count("OFFICIAL-SENSITIVE") for page in reader.pages)
    assert (first, second) == (3, 2)  # top and bottom of each page, and the source block
    html = run(SAMPLE, "--format", "html", "-o", "-", "--marking", "OFFICIAL").stdout
    assert html.count('<p class="marking screen-only">OFFICIAL</p>') == 2


def test_links_have_real_hit_areas_names_and_a_way_back(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf", "--appendix").code == 0
    reader = PdfReader(tmp_path / "note.pdf")
    note = make_briefing(SAMPLE.read_text())
    forward, back = links(reader.pages[0]), links(reader.pages[1])
    quoted = sorted((*note.brief, *note.facts, note.outlook), key=lambda sentence: sentence.index)
    assert [link["/Contents"] for link in forward] == [f"sentence {s.index + 1} of the source" for s in quoted]
    assert [link["/Contents"] for link in back] == [
        f"sentence {s.index + 1} of the source: back to the note" for s in quoted
    ]
    destinations = reader.named_destinations
    for link in forward + back:
        left, bottom, right, top = (float(value) for value in link["/Rect"])
        least = 18  # points: a mark's target a finger can hit; stored the right way up
        assert right - left >= least and top - bottom >= least, link["/Rect"]
        target = destinations[str(link["/Dest"])]
        assert reader.get_page_number(target.page) == (1 if link in forward else 0)


def test_the_appendix_stands_alone_with_legend_letters_source_and_running_head(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf", "--appendix").code == 0
    reader = PdfReader(tmp_path / "note.pdf")
    first, appendix = reader.pages[0].extract_text(), reader.pages[1].extract_text()
    flat = squash(appendix)
    assert "Squotedinthesummary·Fakeyfact" in flat
    assert "Eachnumberlinksbacktothenote" in flat
    assert squash("Harbour city approves £240m flood barrier after record winter storms") in flat
    assert "S1Councillors" in flat and "F1Thecouncil" in flat  # a letter as well as a colour
    assert "S2Thebarrier" in flat and "F4Insurers" in flat  # numbered as the note numbers them
    assert "Page2of2" in flat and "Page2of2" not in squash(first) and "Page1of2" in squash(first)


def test_the_archival_variant_keeps_its_tags_source_and_keywords(run, tmp_path):
    assert run(SAMPLE, "-o", "archive.pdf", "--pdf-variant", "pdf/a-3a", "--appendix").code == 0
    reader = PdfReader(tmp_path / "archive.pdf")
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in catalog
    kinds = set()

    def walk(element):
        element = element.get_object()
        if isinstance(element, dict) and "/S" in element:
            kinds.add(str(element["/S"]))
        kids = element.get("/K") if isinstance(element, dict) else None
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    walk(catalog["/StructTreeRoot"])
    assert {"/H1", "/H2", "/P", "/L", "/LI", "/LBody", "/Link", "/Sect"} <= kinds
    metadata = xmp(reader)
    assert 'pdfaid:part="3"' in metadata and 'pdfaid:conformance="A"' in metadata
    assert "<dc:source>article.txt</dc:source>" in metadata
    keywords = re.search(r"<pdf:Keywords>(.*)</pdf:Keywords>", metadata).group(1).split(", ")
    assert keywords[:3] == ["barrier", "storms", "flood"] and "million" not in keywords


ARTICLES = {
    "english": "The council approved a flood barrier on Tuesday. It will cost 240 million pounds and protect "
    "14,000 homes.",
    "german": "Der Stadtrat hat am Dienstag eine Flutbarriere beschlossen. Sie kostet 240 Millionen Euro und schützt "
    "14.000 Häuser.",
    "french": "Le conseil municipal a approuvé mardi une barrière anti-crue. Elle coûtera 240 millions d'euros et "
    "protégera 14 000 logements.",
    "spanish": "El ayuntamiento aprobó el martes una barrera contra inundaciones. Costará 240 millones de euros y "
    "protegerá 14.000 viviendas.",
    "italian": "Il consiglio comunale ha approvato martedì una barriera contro le alluvioni. Costerà 240 milioni "
    "di euro e proteggerà 14.000 case.",
    "portuguese": "A câmara municipal aprovou na terça-feira uma barreira contra cheias. Vai custar 240 milhões de "
    "euros e proteger 14.000 casas.",
    "swedish": "Kommunfullmäktige godkände i tisdags en översvämningsbarriär. Den kostar 240 miljoner euro och "
    "skyddar 14 000 hem.",
    "czech": "Zastupitelstvo v úterý schválilo protipovodňovou bariéru. Bude stát 240 milionů eur a ochrání "
    "14 000 domů.",
    "slovak": "Zastupiteľstvo v utorok schválilo protipovodňovú bariéru. Bude stáť 240 miliónov eur a ochráni "
    "14 000 domov.",
    "polish": "Rada miasta zatwierdziła we wtorek barierę przeciwpowodziową. Będzie kosztować 240 milionów euro i "
    "ochroni 14 000 domów.",
    "ukrainian": "Міська рада у вівторок схвалила протипаводковий бар'єр. Він коштуватиме 240 мільйонів євро і "
    "захистить 14 000 будинків.",
    "greek": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη ένα αντιπλημμυρικό φράγμα. Θα κοστίσει 240 εκατομμύρια "
    "ευρώ και θα προστατεύσει 14.000 σπίτια.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_listed_language_gives_a_note_in_its_own_words(run, tmp_path, monkeypatch, language):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772668800")  # 5 March 2026
    path = write(tmp_path / f"{language}.txt", f"{ARTICLES[language]}\n\n{ARTICLES[language]}")
    result = run(path, "-o", "note.pdf", "--language", language, "--sentences", "1", "--appendix")
    assert result.code == 0, result.stderr
    # the note's own remarks, said on stderr in English whatever the note's language, and nothing else
    assert all(line.startswith(f"briefing: warning: {path}: Key facts: 1 of the 4 asked for.")
               for line in result.stderr.splitlines()), result.stderr
    reader = PdfReader(tmp_path / "note.pdf")
    code = LANGUAGES[language].code
    labels = labels_for(code)
    text = squash(reader.pages[0].extract_text())
    for key in ("note", "bottom_line", "source"):
        assert squash(labels.t(key)) in text, key
    assert squash(labels.day(datetime(2026, 3, 5))) in text
    assert squash(labels.t("source_article")) in squash(reader.pages[1].extract_text())
    assert reader.trailer["/Root"]["/Lang"] == code


def test_what_the_note_shortens_it_says_in_the_note_and_on_stderr(run, tmp_path):
    word = "X" + "x" * 299_999
    path = write(tmp_path / "word.txt", f"Storm report\n\nThe river rose on Monday. {word} was written. The end came.")
    result = run(path, "-o", "word.pdf", "--sentences", "3", "--appendix")
    assert result.code == 0
    message = "Sentence 2 of the source is shown shortened: 2,000 of its 300,013 characters."
    assert f"briefing: warning: {path}: {message}" in result.stderr.splitlines(), result.stderr
    text = squash(pdf_text(tmp_path / "word.pdf"))
    assert squash(message) in text
    assert "X" + "x" * 1_999 + "…" in text and "x" * 2_000 not in text  # all it says it shows, not 82 characters
