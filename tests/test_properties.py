"""Properties that hold for any text: a briefing or a clean error, verbatim sentences in order,
and the requested length."""

import io
import json

from briefing import DEFAULTS, InputError, make_briefing, parse_article
from briefing.cli import main
from briefing.console import Console
from briefing.methods import METHODS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WORDS = st.sampled_from(
    "the council said on Monday it would raise £4m for 1,800 homes Dr. U.S. Jan. 5 3.5 "
    "however he she \"We will\" (see p. 12) ... é ß Ωμέγα Привет ﬁ \u200b e.g. www.x.org".split()
)
PUNCTUATION = st.sampled_from([". ", "? ", "! ", ", ", "; ", "\n", "\n\n", " ", ' "', '" ', "... "])
PROSE = st.lists(st.tuples(WORDS, PUNCTUATION), max_size=120).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)
ANY_TEXT = st.one_of(PROSE, st.text(max_size=400))
LENGTHS = st.one_of(
    st.builds(lambda n: {"sentences": n}, st.integers(1, 8)),
    st.builds(lambda r: {"ratio": r}, st.floats(0.01, 1.0)),
    st.builds(lambda w: {"words": w}, st.integers(1, 120)),
)
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text=ANY_TEXT, length=LENGTHS, facts=st.integers(0, 8), method=st.sampled_from(list(METHODS)))
def test_any_text_gives_a_verbatim_ordered_briefing_of_the_requested_length_or_a_clean_error(
    text, length, facts, method
):
    options = DEFAULTS.merged({**length, "facts": facts, "method": method}).brief
    try:
        note = make_briefing(parse_article(text, source="<text>"), options)
    except InputError as error:
        assert error.message in ("the article is empty", "the article has no words to brief",
                                 "looks like a binary file, not text")
        return
    body = note.article.text
    for sentence in note.brief + note.facts:
        assert sentence.text == " ".join(body[sentence.start : sentence.end].split())
        assert sentence.text and note.sentences[sentence.index] == sentence
    brief = [s.index for s in note.brief]
    assert brief == sorted(set(brief)) and brief
    assert [s.index for s in note.facts] == sorted({s.index for s in note.facts})
    assert not set(brief) & {s.index for s in note.facts}
    assert len(note.facts) <= facts
    if "sentences" in length:
        assert len(brief) == min(length["sentences"], len(note.sentences))
    if "words" in length:
        assert len(brief) == 1 or sum(s.words for s in note.brief) <= length["words"]
    if "ratio" in length:
        assert len(brief) == max(1, round(length["ratio"] * len(note.sentences)))


@FAST
@given(content=st.one_of(ANY_TEXT.map(str.encode), st.binary(max_size=600)))
def test_the_command_line_never_shows_a_traceback(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "input.txt"
    path.write_bytes(content)
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stderr = io.StringIO()
    code = main([str(path), "--format", "json", "-o", "-"], console=Console(io.BytesIO(), stdout, stderr))
    stdout.flush()
    assert "Traceback" not in stderr.getvalue()
    if code == 0:
        data = json.loads(stdout.buffer.getvalue())
        assert data["brief_sentences"]
    else:
        assert code == 2
        assert stderr.getvalue().startswith(f"briefing: {path}: ")
        assert stderr.getvalue().count("\n") == 1
