"""What readers return: a ``Report``, or a ``ReadError`` naming the input and the reason.

Errors are values so that one bad file, feed entry or JSONL line never stops a batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Report
from .dates import normalise_date
from .language import detect, normalise, not_read_warning, reads
from .normalize import clean_text, content_hash, invalid_warning, report_id_for, valid_unicode

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    """Limits for readers.

    ``max_bytes`` bounds one input file (or one JSONL line, or stdin): a larger one is
    refused with a message rather than read into memory. ``max_chars`` bounds one report's
    text: spaCy refuses texts over its ``nlp.max_length`` (1,000,000 by default).
    """

    max_bytes: int = 20 * MB
    max_chars: int = 1_000_000


@dataclass(frozen=True)
class ReadError:
    """An input that could not become a report: ``origin`` (path, path:line, ``-``) and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def make_report(text: str, origin: str, options: IngestOptions, *, id: str | None = None,
                published: object = None, source: str | None = None, url: str | None = None,
                title: str | None = None, language: str | None = None,
                warnings: tuple[str, ...] = (), verbatim: bool = False) -> Report | ReadError:
    """Clean ``text``, hash it, normalise the date and build the report (or say why not).

    ``verbatim`` keeps the text exactly as given (JSONL ``text``): the caller's offsets
    must then index the caller's own string, so not even line endings may change.
    """
    if verbatim:
        # Offsets must index the caller's string: replace, one character for one.
        text, n_invalid = valid_unicode(text)
        if n_invalid:
            warnings = warnings + (invalid_warning(n_invalid),)
    else:
        text = clean_text(text)
    if not text.strip():
        return ReadError(origin, "no text (empty, or only whitespace/markup)")
    if len(text) > options.max_chars:
        return ReadError(origin, f"text is {len(text):,} characters, over the limit of "
                                 f"{options.max_chars:,} per report, the most the language model "
                                 "parses at once (split it into several reports)")
    h = content_hash(text)
    iso, warning = normalise_date(published)
    if warning:
        warnings = warnings + (warning,)
    # a language the input states wins; else the text's own (ingest/language.py)
    language = normalise(_clean_meta(language)) or detect(text)
    if not reads(language):
        warnings = warnings + (not_read_warning(language),)
    return Report(id=_clean_id(id) or report_id_for(h), text=text,
                  published=iso, source=_clean_meta(source), url=_clean_meta(url),
                  title=_clean_meta(title), language=language,
                  content_hash=h, origin=origin, warnings=warnings)


def _clean_meta(value: str | None) -> str | None:
    """Metadata on one line, NULs and lone surrogates replaced (see ``valid_unicode``)."""
    if value is None:
        return None
    value = " ".join(valid_unicode(str(value))[0].split())
    return value or None


def _clean_id(value: object) -> str | None:
    """An id as given (an id is not reformatted), NULs and lone surrogates replaced."""
    if value in (None, ""):
        return None
    return valid_unicode(str(value))[0]

