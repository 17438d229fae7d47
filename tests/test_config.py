import pytest
from briefing.config import DEFAULTS, load_settings
from briefing.errors import UsageError
from briefing.options import SETTING_NAMES, BriefOptions, RenderOptions, RunOptions, Settings

from conftest import SAMPLE


def test_defaults_are_valid_and_shared():
    assert Settings() == DEFAULTS
    assert (DEFAULTS.brief.sentences, DEFAULTS.brief.ratio, DEFAULTS.brief.words) == (3, None, None)
    assert 3 <= DEFAULTS.brief.facts <= 6
    assert DEFAULTS.brief.method == "newsrank"


def test_settings_are_split_by_who_reads_them_and_set_from_one_flat_mapping():
    settings = DEFAULTS.merged({"sentences": 2, "paper": "letter", "output_dir": "notes", "jobs": 3})
    assert settings.brief == BriefOptions(sentences=2)
    assert settings.render == RenderOptions(paper="letter")
    assert settings.run == RunOptions(output_dir="notes", jobs=3)
    assert len(SETTING_NAMES) == len(set(SETTING_NAMES))  # one flat name space for flags and config
    assert settings.flat()["paper"] == "letter"


def test_config_file_overrides_defaults_and_flags_override_the_file(tmp_path):
    (tmp_path / "briefing.toml").write_text('sentences = 2\nmethod = "lexrank"\nfacts = 6\n')
    from_file = load_settings({}, working_dir=tmp_path)
    assert (from_file.brief.sentences, from_file.brief.method, from_file.brief.facts) == (2, "lexrank", 6)
    flagged = load_settings({"method": "luhn"}, working_dir=tmp_path)
    assert (flagged.brief.sentences, flagged.brief.method, flagged.brief.facts) == (2, "luhn", 6)


def test_a_length_set_in_a_higher_layer_replaces_the_lower_one(tmp_path):
    (tmp_path / "briefing.toml").write_text("ratio = 0.2\n")
    assert load_settings({}, working_dir=tmp_path).brief.ratio == 0.2
    settings = load_settings({"words": 80}, working_dir=tmp_path)
    assert (settings.brief.sentences, settings.brief.ratio, settings.brief.words) == (None, None, 80)


def test_keys_may_use_dashes_like_the_flags(tmp_path):
    config = tmp_path / "team.toml"
    config.write_text('output-dir = "notes"\npaper = "letter"\n')
    settings = load_settings({}, config_path=config)
    assert (settings.run.output_dir, settings.render.paper) == (str(tmp_path / "notes"), "letter")


def test_language_codes_are_accepted():
    assert DEFAULTS.merged({"language": "DE"}).brief.language == "german"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"sentences": 0}, "sentences must be at least 1, not 0"),
        ({"ratio": 1.5}, "ratio must be greater than 0 and at most 1, not 1.5"),
        ({"ratio": 0}, "ratio must be greater than 0 and at most 1, not 0"),
        ({"words": "many"}, "words must be a whole number, not 'many'"),
        ({"facts": -1}, "facts must be at least 0, not -1"),
        ({"facts": 1000}, "facts must be at most 50, not 1000"),
        ({"method": "magic"}, "unknown method 'magic'; choose one of: newsrank, lead, lexrank, "
                              "lsa, luhn, textrank, kl, sumbasic, reduction, edmundson, random"),
        ({"paper": "a3"}, "unknown paper 'a3'; choose one of: a4, letter"),
        ({"sentences": 2, "words": 40}, "set the brief's length one way: sentences, ratio or words"),
    ],
)
def test_invalid_values_are_refused(overrides, message):
    with pytest.raises(UsageError) as caught:
        DEFAULTS.merged(overrides)
    assert str(caught.value) == message


def test_config_file_errors_name_the_file(tmp_path):
    config = tmp_path / "briefing.toml"
    config.write_text("colour = 'blue'\n")
    with pytest.raises(UsageError) as caught:
        load_settings({}, working_dir=tmp_path)
    assert str(caught.value).startswith(f"{config}: unknown key 'colour'; known keys: sentences,")
    config.write_text("sentence = 2\n")
    with pytest.raises(UsageError) as caught:
        load_settings({}, working_dir=tmp_path)
    assert str(caught.value) == f"{config}: unknown key 'sentence'; did you mean 'sentences'?"
    config.write_text("sentences = [\n")
    with pytest.raises(UsageError, match="not valid TOML"):
        load_settings({}, working_dir=tmp_path)
    config.write_text("sentences = 0\n")
    with pytest.raises(UsageError) as caught:
        load_settings({}, working_dir=tmp_path)
    assert str(caught.value) == f"{config}: sentences must be at least 1, not 0"


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ('template = "../elsewhere/look.html"', "../elsewhere/look.html"),
        ('template = "/etc/look.html"', "/etc/look.html"),
        ('output-dir = "~/notes"', "{home}/notes"),
        ('output-dir = "out"', "out"),  # a link leading out of the folder
    ],
)
def test_a_config_found_in_the_working_folder_may_not_lead_out_of_it(run, tmp_path, monkeypatch, line, shown):
    key = line.split(" =")[0]
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (work / "out").symlink_to(tmp_path)
    (work / "briefing.toml").write_text(line + "\n")
    message = (f"briefing: briefing.toml: {key} {shown.format(home=tmp_path / 'home')!r} is outside this file's "
               "folder; a briefing.toml found in the working folder may only name files inside it "
               "(give it with --config to allow this)\n")
    result = run(SAMPLE, "--format", "json")
    assert (result.code, result.stderr) == (2, message)
    assert not list(tmp_path.rglob("article.json"))


def test_paths_outside_are_allowed_from_an_explicit_config_or_a_flag(run, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "briefing.toml").write_text('output-dir = "../notes"\n')
    result = run(SAMPLE, "--format", "json", "--output-dir", "flagged")  # the flag wins over the file
    assert (result.code, result.stdout) == (0, "flagged/article.json\n")
    result = run(SAMPLE, "--format", "json", "--config", "briefing.toml")  # named: trusted
    assert (result.code, result.stdout) == (0, "../notes/article.json\n")
    assert (tmp_path / "notes" / "article.json").exists()
    (work / "briefing.toml").write_text('output-dir = "notes"\n')  # inside: fine when found
    assert load_settings({}, working_dir=work).run.output_dir == str(work / "notes")
