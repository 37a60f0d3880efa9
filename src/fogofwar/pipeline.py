"""The extraction pipeline: spaCy analysis, then the stages, in order, over one report.

    doc     = nlp(report.text)
    actors  = extract_actors(doc)                                  events/actors.py
    places  = place_stage(doc, report)                             geo/stage.py
    times   = extract_times(doc, published)                        time/__init__.py
    events, times = extract_events(doc, places, times, actors, report)   events/__init__.py
    claims  = extract_claims(doc, actors, events, report)          claims/__init__.py

Each stage is a plain function of the parsed ``Doc`` and the records of earlier stages; the
model and the gazetteer are loaded once and injected. ``Pipeline.timings`` accumulates the
seconds each stage takes, for the speed benchmarks.
"""

from __future__ import annotations

import signal
import threading
import time as _time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .records import Extraction, Provenance, Report

# One report's extraction (parse and stages) may take this long by default: an ISW report
# of 25k characters takes a few seconds, 1M characters (the most a report may hold) a few
# minutes at worst. A text past it is reported as failed and the batch goes on.
DEFAULT_MAX_SECONDS = 300.0


@dataclass
class PipelineOptions:
    model: str | None = None  # spaCy pipeline package name; None = default
    gazetteer: str | None = None  # path of a built gazetteer; None = default
    batch_size: int = 16
    # Per-report time limit in seconds (None or 0: none). Enforced with SIGALRM, so only
    # when the pipeline runs in the main thread of a POSIX process (the CLI does).
    max_seconds: float | None = DEFAULT_MAX_SECONDS


class ReportTimeout(Exception):
    """One report's extraction ran past ``PipelineOptions.max_seconds``; it was abandoned."""

    def __init__(self, report: Report, seconds: float) -> None:
        self.report = report
        self.seconds = seconds
        super().__init__(f"extraction stopped after {seconds:g} s, the limit per report "
                         "(raise it with --max-seconds-per-report, 0 for none)")


class _Alarm(BaseException):
    """Raised by the SIGALRM handler; BaseException so no stage's ``except Exception``
    swallows it."""


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_Alarm` in this block after ``seconds`` (no limit: None, 0, or not
    in the main thread)."""
    if not seconds or seconds <= 0 or not _can_alarm():
        yield
        return

    def ring(_signum, _frame):
        raise _Alarm()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Pipeline:
    """Load once, then ``run(report)`` or ``run_many(reports)``."""

    options: PipelineOptions = field(default_factory=PipelineOptions)
    timings: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def __post_init__(self) -> None:
        from . import nlp as _nlp
        from .claims import extract_claims
        from .events import extract_events
        from .events.actors import extract_actors
        from .geo.stage import PlaceStage
        from .time import extract_times

        from .provenance import pipeline_version

        self.nlp = _nlp.load(self.options.model)
        self.place_stage = PlaceStage.load(self.options.gazetteer)
        # recorded with every extraction, so the store knows what a report is stale against
        self.provenance = Provenance(pipeline_version(self.options.model),
                                     self.place_stage.index.identity())
        self._extract_actors = extract_actors
        self._extract_times = extract_times
        self._extract_events = extract_events
        self._extract_claims = extract_claims

    def run(self, report: Report) -> Extraction:
        return next(self.run_many([report]))

    def run_many(self, reports: Iterable[Report]) -> Iterator[Extraction]:
        """Extract from reports in order, parsing them in batches with ``nlp.pipe``.

        A report whose extraction runs past ``options.max_seconds`` raises
        :class:`ReportTimeout` (naming it) and ends the iteration; the caller goes on with
        the reports after it (``ingest.batch.extract_each``)."""
        from .ingest.language import reads

        batch: list[Report] = []
        for report in reports:
            if not reads(report.language):
                # a language the stages do not read: stored, not extracted (ingest/language.py)
                if batch:
                    yield from self._run_batch(batch)
                    batch = []
                yield Extraction(report=report, provenance=self.provenance)
                continue
            batch.append(report)
            if len(batch) >= self.options.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Report]) -> Iterator[Extraction]:
        from .nlp.long_texts import parse, parse_all  # long reports: parsed in pieces

        limit = self.options.max_seconds
        t0 = _time.perf_counter()
        docs: list | None
        try:
            # the batch parses within its reports' limits together; past that, each report
            # is parsed alone within its own, so the slow one is found and named
            with _time_limit(limit * len(batch) if limit else None):
                docs = list(parse_all(self.nlp, (r.text for r in batch)))
        except _Alarm:
            docs = None
        self.timings["spacy"] += _time.perf_counter() - t0
        for i, report in enumerate(batch):
            try:
                with _time_limit(limit):
                    if docs is None:
                        t1 = _time.perf_counter()
                        doc = parse(self.nlp, report.text)
                        self.timings["spacy"] += _time.perf_counter() - t1
                    else:
                        doc = docs[i]
                    extraction = self.extract_doc(report, doc)
            except _Alarm:
                raise ReportTimeout(report, float(limit or 0)) from None
            yield extraction

    def extract_doc(self, report: Report, doc) -> Extraction:
        """Run the stages over an already parsed doc."""
        tick = _time.perf_counter
        t = self.timings
        t0 = tick()
        actors = self._extract_actors(doc)
        t1 = tick()
        places = self.place_stage(doc, report)
        t2 = tick()
        times = self._extract_times(doc, report.published_date)
        t3 = tick()
        events, times = self._extract_events(doc, places, times, actors, report)
        t4 = tick()
        claims = self._extract_claims(doc, actors, events, report)
        t5 = tick()
        t["actors"] += t1 - t0
        t["places"] += t2 - t1
        t["times"] += t3 - t2
        t["events"] += t4 - t3
        t["claims"] += t5 - t4
        return Extraction(report=report, places=tuple(places), times=tuple(times),
                          actors=tuple(actors), claims=tuple(claims), events=tuple(events),
                          provenance=self.provenance)
