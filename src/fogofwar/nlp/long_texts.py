"""Long reports parsed in paragraph-aligned pieces, joined back into one ``Doc``.

spaCy's cost per character grows with the length of one Doc (a 990k-character report took
60 s to parse here, 62x a 25k one for 40x the text, and 2.7 GB), so a text longer than
``LONG_TEXT`` characters is cut at line breaks into pieces of about ``PIECE`` characters,
the pieces go through ``nlp.pipe`` one at a time, and ``Doc.from_docs`` joins them: the joined
text is the report's text character for character, so every offset is exact. Sentences
never cross a line break here (``fogofwar_line_breaks``), so a cut at one splits no
sentence. Texts up to ``LONG_TEXT`` (every ISW report, the longest 42k characters) are
parsed whole, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

LONG_TEXT = 100_000
PIECE = 50_000


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters (at most ~2x), each ending just
    after a line break where there is one (else after a space); ``"".join`` gives it back."""
    out: list[str] = []
    start, n = 0, len(text)
    while n - start > size:
        cut = text.rfind("\n", start + size // 2, start + 2 * size)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, start + 2 * size)
        if cut < 0:  # one unbroken run of 2x size characters: leave it whole
            cut = text.find(" ", start + 2 * size)
            if cut < 0:
                break
        # the line break (or space) and any whitespace run after it stay with this piece
        end = cut + 1
        while end < n and text[end].isspace():
            end += 1
        if end >= n:
            break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def parse(nlp: Language, text: str) -> Doc:
    """One text, in pieces if it is long."""
    return next(parse_all(nlp, [text]))


def parse_all(nlp: Language, texts: Iterable[str], long_text: int = LONG_TEXT,
              size: int = PIECE) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts``, one Doc per text, in order; a text over ``long_text``
    characters is parsed in pieces, one at a time (so its memory is that of one piece, not
    of the whole text at once), and joined (falls back to one parse if the join does not
    give the text back exactly)."""
    texts = list(texts)
    short = iter(nlp.pipe(t for t in texts if len(t) <= long_text))
    for text in texts:
        yield next(short) if len(text) <= long_text else _parse_long(nlp, text, size)


def _parse_long(nlp: Language, text: str, size: int) -> Doc:
    doc = Doc.from_docs(list(nlp.pipe(pieces(text, size), batch_size=1)),
                        ensure_whitespace=False)
    return doc if doc.text == text else nlp(text)
