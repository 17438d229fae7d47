"""A request's body → a Job, in-process: options by their config names checked as the command
line checks them, a form's text turned into their types, the server's own settings refused."""

import pytest
from briefing.config import DEFAULTS
from briefing.errors import UsageError
from briefing.web.jobs import Given
from briefing.web.requests import Upload, job_from_form, job_from_json, named_apart, settings_for


def form_job(pairs, digest=False):
    return job_from_form(pairs, base=DEFAULTS, digest=digest, public_only=True)


def test_a_forms_text_becomes_the_settings_types():
    job = form_job([("text", "Some words."), ("words", "80"), ("facts", "2"), ("appendix", "on"), ("ratio", ""),
                    ("paper", "Letter"), ("format", "json")])
    assert (job.settings.brief.words, job.settings.brief.sentences, job.settings.brief.facts) == (80, None, 2)
    assert job.settings.render.appendix is True and job.settings.render.paper == "letter"
    assert job.format == "json"
    assert job.given == (Given("pasted text", b"Some words."),)


def test_a_value_that_does_not_convert_gets_the_settings_own_message():
    with pytest.raises(UsageError, match=r"^sentences must be a whole number, not '2\.5'$"):
        form_job([("text", "Some words."), ("sentences", "2.5")])


def test_several_urls_one_a_line_and_files_make_a_digest():
    pairs = [("url", "https://example.com/a\n\n https://example.com/b "), ("file", Upload("C:\\in\\x.md", b"#"))]
    job = form_job(pairs, digest=True)
    assert job.given == (Given("https://example.com/a"), Given("https://example.com/b"), Given("x.md", b"#"))
    assert job.digest


def test_an_empty_file_field_is_no_article():
    assert form_job([("text", "Words."), ("file", Upload("", b""))]).given == (Given("pasted text", b"Words."),)


def test_the_language_is_guessed_unless_named():
    assert settings_for({}, DEFAULTS)[1] is True
    assert settings_for({"language": "AUTO"}, DEFAULTS)[1] is True
    named, auto = settings_for({"language": "fr"}, DEFAULTS)
    assert (named.brief.language, auto) == ("french", False)


def test_a_language_the_servers_settings_name_is_the_default():
    server = DEFAULTS.merged({"language": "german"})
    settings, auto = settings_for({}, server)
    assert (settings.brief.language, auto) == ("german", False)


@pytest.mark.parametrize("key", ["template", "output-dir", "max_size", "jobs", "scheduler", "digest"])
def test_the_servers_own_settings_cannot_be_set_by_a_request(key):
    with pytest.raises(UsageError, match=f"^{key.replace('_', '-')} is the server's to set, not a request's$"):
        job_from_json(b'{"text": "x", "%s": 1}' % key.encode(), base=DEFAULTS, digest=False, public_only=True)


def test_a_digest_needs_a_list_of_articles():
    with pytest.raises(UsageError, match='a digest needs "articles"'):
        job_from_json(b'{"text": "x"}', base=DEFAULTS, digest=True, public_only=True)


def test_names_are_told_apart_and_a_url_given_twice_is_one_article():
    given = [Given("notes.txt", b"a"), Given("notes.txt", b"b"), Given("https://x.example/"),
             Given("https://x.example/"), Given("pasted text", b"c"), Given("pasted text", b"d")]
    assert [item.name for item in named_apart(given)] == [
        "notes.txt", "notes (2).txt", "https://x.example/", "pasted text", "pasted text (2)"]


def test_an_uploaded_name_is_never_a_path():
    job = form_job([("file", Upload("../../etc/passwd", b"Words."))])
    assert job.given == (Given("passwd", b"Words."),)
