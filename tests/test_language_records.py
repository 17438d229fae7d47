"""A language is one record (briefing/text/languages/): every record is whole, and a record added to
the table is offered, validated and used end to end, its stems, stop words, full stops and words."""

import json
import re
from datetime import datetime

import pytest
from briefing.text.languages import ENGLISH, LANGUAGES, Conventions, Language, normalize_language
from briefing.text.languages.labels import labels_for
from briefing.text.languages.record import LATIN_TITLES, words
from briefing.text.segment import split_sentences
from pypdf import PdfReader

from conftest import squash, write

PLACEHOLDER = re.compile(r"{\w+}")


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=LANGUAGES.keys())
def test_every_language_has_every_label(language):
    assert set(language.labels) == set(ENGLISH.labels)
    for key, text in language.labels.items():
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(ENGLISH.labels[key])), key


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=LANGUAGES.keys())
def test_every_language_is_one_whole_record(language):
    assert LANGUAGES[language.name] is language
    assert normalize_language(language.code.upper()) == language.name
    assert language.stems()("Testing") and language.stop_words()
    assert language.splitting.titles and language.splitting.abbreviations and language.splitting.months
    assert all(month == month.lower() for month in language.splitting.months)
    assert language.scale_words
    assert labels_for(language.code).day(datetime(2026, 3, 5))  # Babel knows its locale


# Esperanto, which briefing does not know: sumy has neither its stop words nor a stemmer, so the
# record brings its own. Its labels are English's but for those the test looks for.
ESPERANTO_LABELS = {"note": "Informa noto", "bottom_line": "La ĉefa afero", "summary": "Resumo",
                    "key_facts": "Ĉefaj faktoj", "source": "Fonto", "source_article": "Fonta artikolo"}
ENDINGS = re.compile(r"(?:oj|aj|o|a|e)n?$|(?:is|as|os|us|u|i)$")


def esperanto_stems():
    return lambda word: ENDINGS.sub("", word) if len(word) > 4 else word


ESPERANTO = Language(
    name="esperanto",
    code="eo",
    stems=esperanto_stems,
    stop_words=lambda: words("la de kaj en ke da pli al por kun ĉe post antaŭ ne jam estas"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("Inĝ ĉ"),  # "Inĝ. Ana Petrović", "ĉ. 240": an engineer, about
        abbreviations=words("k.t.p k.a t.e"),
        months=words("januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro"),
    ),
    labels={**ENGLISH.labels, **ESPERANTO_LABELS},
    scale_words=("milionoj", "milionojn", "miliardoj", "procentoj"),
)
ARTICLE = (
    "La urba konsilio de Rivervilo aprobis novan digon kontraŭ inundoj marde. La digo kostos ĉ. 240 milionojn "
    "da eŭroj kaj protektos 14 000 domojn ĉe la rivero. La laboroj komenciĝos en aprilo kaj daŭros du jarojn. "
    "La urbestro Inĝ. Ana Petrović diris, ke la digo savos la malnovan havenon. Loĝantoj de la haveno longe petis "
    "pli fortan protekton kontraŭ la rivero."
)


@pytest.fixture
def esperanto(monkeypatch):
    monkeypatch.setitem(LANGUAGES, "esperanto", ESPERANTO)
    return ESPERANTO


def test_a_registered_language_is_offered_validated_and_used(run, tmp_path, monkeypatch, esperanto):
    assert "esperanto" in run("--help").stdout
    path = write(tmp_path / "digo.txt", f"Nova digo por Rivervilo\n\n{ARTICLE}")
    result = run(path, "--language", "EO", "--sentences", "2", "--format", "json", "-o", "-")
    assert result.code == 0, result.stderr
    note = json.loads(result.stdout)
    assert note["settings"]["language"] == "esperanto"
    # the record's full stops: "Inĝ. Ana" is inside a sentence, not the end of one (English's splits it)
    assert note["stats"]["article_sentences"] == 5
    assert len(split_sentences(ARTICLE, "english")) == 6
    # its stems join "havenon" and "haveno" into a key term; its stop words are none
    keywords = [keyword.lower() for keyword in note["keywords"]]
    assert any(keyword.startswith("haven") for keyword in keywords), keywords
    assert not {"la", "de", "kaj"} & set(keywords)

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772668800")  # 5 March 2026
    result = run(path, "--language", "esperanto", "-o", "noto.pdf", "--appendix")
    assert result.code == 0, result.stderr
    reader = PdfReader(tmp_path / "noto.pdf")
    text = squash(reader.pages[0].extract_text())
    for label in ("Informa noto", "La ĉefa afero", "Fonto"):
        assert squash(label) in text
    assert squash(labels_for("eo").day(datetime(2026, 3, 5))) in text  # Babel's Esperanto date
    assert "Marto" in labels_for("eo").day(datetime(2026, 3, 5))
    assert squash("Fonta artikolo") in squash(reader.pages[1].extract_text())
    assert reader.trailer["/Root"]["/Lang"] == "eo"


def test_a_language_briefing_does_not_know_is_refused_with_the_ones_it_does(run, tmp_path):
    path = write(tmp_path / "digo.txt", ARTICLE)
    result = run(path, "--language", "esperanto", "-o", "noto.pdf")
    assert result.code == 2
    assert "esperanto" in result.stderr and "english" in result.stderr
    assert not (tmp_path / "noto.pdf").exists()


def test_a_language_is_one_module_the_table_finds_by_itself():
    import pkgutil

    from briefing.text import languages

    code = {"record", "labels", "english_cues"}  # the modules that hold no language of their own
    modules = {module.name for module in pkgutil.iter_modules(languages.__path__)} - code
    assert modules == set(languages.LANGUAGES)  # each module's record, and no list to add it to
    assert next(iter(languages.LANGUAGES)) == "english"  # English first in --help and the web form


def test_english_stems_read_curly_apostrophes_and_a_lone_surrogate_does_not_stop_a_method():
    from briefing import BriefOptions, make_briefing
    from briefing.text.languages import stemmer

    stem = stemmer("english")  # the Snowball project's own, on its C build (README): as NLTK's read apostrophes
    assert stem("britain’s") == stem("britain‘s") == stem("britain's") == "britain"
    assert stem("o‛neill") == stem("o'neill")
    # half an emoji cut off in scraped text (a lone surrogate) reaches sumy's methods' words whole
    text = ("The council must balance the books\ud83d this year, its leader said on Monday. " * 2
            + "Taxes will rise by 3 per cent in April. The budget was approved by 40 votes to 12.")
    for method in ("lexrank", "luhn", "edmundson", "lsa"):
        note = make_briefing(text, BriefOptions(method=method))
        assert note.brief and all(sentence.text in text for sentence in note.brief)
