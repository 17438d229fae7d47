"""Which language a short news text is in: briefing's stop-word guess against py3langid and lingua.

The texts are the openings a note is made from: the first 300 characters and the first two
sentences of each English record in ../shared/data/*.jsonl (at most --per-file a file), and short
news openings written for this benchmark in the other languages briefing briefs and in some it
does not (benchmarks/language_samples.py). A supported text is right when the detector names its
language; an unsupported one when the detector names it (the stop-word guess only knows the
languages briefing briefs, so it cannot). Speed is the median time of one detection, the model
loaded (the load is timed apart). lingua is optional: `pip install lingua-language-detector`.

    python benchmarks/language.py [--per-file 150] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefing.text.language_guess import detect_language
from briefing.text.languages import LANGUAGES

from language_samples import SUPPORTED, UNSUPPORTED

Detect = Callable[[str], str]  # text → ISO 639-1 code, or "" for no answer
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“‘'])")


def english_openings(data: Path, per_file: int) -> Iterator[tuple[str, str]]:
    """(kind, text) for the first ``per_file`` records of each file: 300 characters, two sentences."""
    for path in sorted(data.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number == per_file:
                    break
                article = " ".join(json.loads(line)["article"].split())
                yield f"{path.stem}: 300 characters", article[:300]
                yield f"{path.stem}: 2 sentences", " ".join(_SENTENCE_END.split(article)[:2])


def detectors() -> dict[str, tuple[Detect, float]]:
    """Each detector with its load time in seconds."""
    found: dict[str, tuple[Detect, float]] = {"stop words (briefing before)": (_stop_words, 0.0)}
    started = time.perf_counter()
    detect_language("warm up")
    found["briefing now: py3langid, sure or among ours"] = (lambda text: detect_language(text).code,
                                                            time.perf_counter() - started)
    started = time.perf_counter()
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    found["py3langid (97 languages)"] = (lambda text: str(identifier.classify(text)[0]),
                                         time.perf_counter() - started)
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        print("lingua-language-detector is not installed: left out", file=sys.stderr)
        return found
    for label, builder in (("lingua, low accuracy (75 languages)",
                            LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode()),
                           ("lingua, high accuracy (75 languages)", LanguageDetectorBuilder.from_all_languages())):
        started = time.perf_counter()
        detector = builder.with_preloaded_language_models().build()
        found[label] = (_lingua(detector), time.perf_counter() - started)
    return found


def _stop_words(text: str) -> str:
    """briefing's guess before py3langid: the language whose stop words (sumy's) are the largest
    share of the first words."""
    from sumy.utils import get_stop_words

    words = [word.lower() for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)]
    if not _STOP_WORDS:
        _STOP_WORDS.update({name: frozenset(get_stop_words(name)) for name in LANGUAGES})
    shares = {name: sum(word in _STOP_WORDS[name] for word in words) for name in LANGUAGES}
    best = max(shares, key=lambda name: shares[name])
    return LANGUAGES[best] if shares[best] else "en"


_STOP_WORDS: dict[str, frozenset[str]] = {}


def _lingua(detector: object) -> Detect:
    def detect(text: str) -> str:
        language = detector.detect_language_of(text)  # type: ignore[attr-defined]
        code = "" if language is None else language.iso_code_639_1.name.lower()
        return "no" if code in ("nb", "nn") else code  # Norwegian's two written forms, as py3langid names it

    return detect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    parser.add_argument("--per-file", type=int, default=150)
    args = parser.parse_args()
    groups: dict[str, list[tuple[str, str]]] = {}
    for kind, text in english_openings(args.data, args.per_file):
        groups.setdefault(f"English, {kind}", []).append(("en", text))
    groups["11 other supported languages, 2 sentences"] = [
        (code, text) for code, texts in SUPPORTED.items() for text in texts]
    groups["9 unsupported languages, 2 sentences (named?)"] = [
        (code, text) for code, texts in UNSUPPORTED.items() for text in texts]
    found = detectors()
    names = list(found)
    print("| texts | n | " + " | ".join(names) + " |")
    print("| --- | ---: |" + " ---: |" * len(names))
    times: dict[str, list[float]] = {name: [] for name in names}
    for group, items in groups.items():
        cells = []
        for name in names:
            detect, _ = found[name]
            right = 0
            for code, text in items:
                started = time.perf_counter()
                right += detect(text) == code
                times[name].append(time.perf_counter() - started)
            cells.append(f"{right / len(items):.1%}")
        print(f"| {group} | {len(items)} | " + " | ".join(cells) + " |")
    print("| median time per text | | " + " | ".join(
        f"{statistics.median(times[name]) * 1000:.2f} ms" for name in names) + " |")
    print("| load time | | " + " | ".join(f"{found[name][1]:.2f} s" for name in names) + " |")


if __name__ == "__main__":
    main()
