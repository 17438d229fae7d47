"""Which legacy single-byte encoding a text is in, when it is neither UTF-8 nor declared.

charset-normalizer alone reads Windows-1252 English as Central European (crème → crčme, naïve
→ naďve, Núñez → Núńez) and misses most ISO-8859-2 text (benchmarks/encodings.py). So Latin-script
text is read as Windows-1252 (which covers Latin-1) unless it reads better as Central European
(Windows-1250 or ISO-8859-2): more of those languages' common words come out right (před, się,
však), or Windows-1252 would leave symbols inside words (z³oty for złoty) or Czech ě and ů as ì and
ù inside words. Text in another script (Cyrillic, Greek …), where nearly every letter is outside
ASCII, goes to charset-normalizer, which tells those encodings apart well.
"""

from __future__ import annotations

import re
from functools import cache

SAMPLE_BYTES = 200_000  # enough to decide; the whole text is decoded with the encoding chosen
WESTERN = "cp1252"
CENTRAL = ("cp1250", "iso8859-2")
WESTERN_LANGUAGES = ("french", "german", "spanish", "italian", "portuguese", "swedish")
CENTRAL_LANGUAGES = ("czech", "slovak", "polish")
# Latin-1 symbols that a Central European letter becomes in Windows-1252 (ł → ³, ą → ¹, ż → ¿,
# ľ → ¾ or µ), or a Windows-1252 letter in Windows-1250 or ISO-8859-2 (ą → ±, ś → ¶).
_SYMBOL = "¡¢£¤¥¦§¨©«¬®¯°±²³´µ¶·¸¹¼½¾¿×÷ˇ˘˙˛˝"  # µ: not a letter inside a word
_INSIDE_WORD = re.compile(rf"(?<=[^\W\d_])[{_SYMBOL}](?=[^\W\d_])|(?<=[^\W\d_])[¹¿¾¼±¶¦¬](?![^\W\d_])")
_GRAVE_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[ìùÌÙ](?=[^\W\d_])")  # Czech ě, ů; Italian has them last
_WORD = re.compile(r"[^\W\d_]+")


def legacy_text(data: bytes) -> str | None:
    """``data`` decoded with the legacy encoding it reads best in, or None if none fits."""
    sample = data[:SAMPLE_BYTES]
    if other_script(sample):
        return _detected(data)
    scores = {encoding: score(text, encoding) for encoding in (WESTERN, *CENTRAL)
              if (text := _decoded(sample, encoding)) is not None}
    for encoding in sorted(scores, key=lambda name: -scores[name]):  # ties keep Windows-1252 first
        text = _decoded(data, encoding)
        if text is not None:
            return text
    return data.decode("latin-1")  # every byte is a character: binary data is told later


def other_script(sample: bytes) -> bool:
    """Whether most letters are outside ASCII, as in Cyrillic or Greek single-byte text; even
    Czech has well under a third."""
    ascii_letters = len(re.findall(rb"[A-Za-z]", sample))
    high = len(re.findall(rb"[\xc0-\xff]", sample))
    return high > 0.5 * (ascii_letters + high)


def score(text: str, encoding: str) -> int:
    """How well ``text`` reads if ``encoding`` is right: its family's common words found, less
    the misplaced symbols (and, for Windows-1252, the Czech letters it turns into ì and ù)."""
    cues = _cues(CENTRAL_LANGUAGES if encoding in CENTRAL else WESTERN_LANGUAGES)
    found = sum(1 for word in _WORD.findall(text.lower()) if word in cues)
    misread = len(_INSIDE_WORD.findall(text))
    if encoding == WESTERN:
        misread += len(_GRAVE_INSIDE_WORD.findall(text))
    return found - misread


def _decoded(data: bytes, encoding: str) -> str | None:
    if encoding == "iso8859-2" and re.search(rb"[\x80-\x9f]", data):
        return None  # C1 control characters: text is never written with them
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


@cache
def _cues(languages: tuple[str, ...]) -> frozenset[str]:
    """The common (stop) words of ``languages`` that have a letter outside ASCII: the words that
    come out right in one encoding only."""
    from sumy.utils import get_stop_words

    return frozenset(word for language in languages for word in get_stop_words(language) if not word.isascii())


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:SAMPLE_BYTES]).best()
    if best is None or best.encoding is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
