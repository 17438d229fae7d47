import pytest
from briefing.config import DEFAULTS, load_settings
from briefing.errors import UsageError
from briefing.options import SETTING_NAMES, BriefOptions, RenderOptions, RunOptions, Settings


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
    config.write_text("sentences = [\n")
    with pytest.raises(UsageError, match="not valid TOML"):
        load_settings({}, working_dir=tmp_path)
    config.write_text("sentences = 0\n")
    with pytest.raises(UsageError) as caught:
        load_settings({}, working_dir=tmp_path)
    assert str(caught.value) == f"{config}: sentences must be at least 1, not 0"
