"""--language auto, the default: the article's language is found; one briefing cannot brief is named."""

import json

from briefing import BriefOptions
from briefing.config import DEFAULTS
from briefing.summarize.pipeline import make_briefing
from briefing.text.language_guess import detect_language

from conftest import write

GERMAN = (
    "Brücke über den Rhein beschlossen\n\n"
    "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. "
    "Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro. "
    "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und zwei Jahre dauern. "
    "Anwohner hatten sich seit Jahren für eine zusätzliche Verbindung eingesetzt. "
    "Die Opposition kritisierte, dass die Finanzierung noch nicht vollständig gesichert sei.\n"
)
DUTCH = (
    "De gemeenteraad heeft dinsdag ingestemd met de bouw van een nieuwe brug over de rivier. "
    "De kosten worden geschat op ongeveer twaalf miljoen euro, zegt de gemeente. "
    "De werkzaamheden beginnen volgend voorjaar en duren naar verwachting twee jaar. "
    "Bewoners vragen al jaren om een extra verbinding tussen de twee oevers. "
    "De oppositie vindt dat de financiering nog niet helemaal rond is.\n"
)


def _json(run, path, *args):
    result = run(path, "--format", "json", "-o", "-", *args)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_the_default_is_auto_in_the_python_api_and_the_settings():
    assert BriefOptions().language == "auto" == DEFAULTS.brief.language
    assert DEFAULTS.merged({"language": "AUTO"}).brief.language == "auto"


def test_a_german_article_is_briefed_in_german_without_being_told(run, tmp_path):
    data, stderr = _json(run, write(tmp_path / "de.txt", GERMAN))
    assert stderr == ""
    assert data["language"] == {"name": "german", "code": "de", "source": "found", "found": "de"}
    assert data["settings"]["language"] == "german"


def test_a_language_named_is_said_to_be_given(run, tmp_path):
    data, _ = _json(run, write(tmp_path / "de.txt", GERMAN), "--language", "de")
    assert data["language"] == {"name": "german", "code": "de", "source": "given", "found": None}


def test_an_unsupported_language_is_named_in_one_warning_and_briefed_with_english_rules(run, tmp_path):
    path = write(tmp_path / "nl.txt", DUTCH)
    data, stderr = _json(run, path)
    assert stderr.splitlines()[0] == (f"briefing: warning: {path}: the text looks like Dutch, which briefing "
                                      "cannot brief yet; briefed with English rules")
    assert "Dutch" not in "".join(stderr.splitlines()[1:])  # said once
    assert data["language"] == {"name": "english", "code": "en", "source": "found", "found": "nl"}
    assert data["brief_sentences"]


def test_the_python_api_finds_the_language_too():
    note = make_briefing(GERMAN)
    assert (note.options.language, note.language_source, note.language_found) == ("german", "found", "de")


def test_a_few_words_or_a_byline_are_taken_as_a_language_briefing_briefs():
    assert detect_language("By . Daily Mail Reporter .").supported
    assert detect_language("hello world").language == "english"
    assert detect_language("12 345").language == "english"


def test_a_digest_is_in_the_language_most_of_its_articles_are_in():
    from briefing.digest.make import make_digest

    digest = make_digest([GERMAN, GERMAN.replace("Rhein", "Main")])
    assert (digest.title, digest.options.language) == ("Nachrichtenüberblick", "german")
