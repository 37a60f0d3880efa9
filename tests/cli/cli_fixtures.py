"""CLI fixtures (imported by the test modules; not a conftest.py, see tests/store): a fake,
text-driven pipeline injected through click's context object, so
the commands are tested without the language model (real-pipeline tests are marked slow)."""

from __future__ import annotations

import re

import pytest
from pg_schema import throwaway_schema
from click.testing import CliRunner

from fogofwar.records import (Actor, Claim, Event, Extraction, Place, Report, Span, TimeValue)

# name -> (geonameid, lat, lon, country, admin1)
PLACES = {"Demidovka": (1, 50.88, 35.95, "RU", "Belgorod Oblast"),
          "Sudzha": (2, 51.19, 35.27, "RU", "Kursk Oblast"),
          "Sumy": (3, 50.91, 34.80, "UA", "Sumy Oblast")}
EVENTS = {"shelled": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
          "fighting": ("Battles", "Armed clash")}
SOURCES = {"Ministry of Defence": ("Ministry of Defence of Russia", "party_military", "RU"),
           "General Staff": ("General Staff of Ukraine", "party_military", "UA")}


class FakePipeline:
    """Finds a few known words by regex and builds a consistent Extraction with real offsets."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.runs = 0

    def run(self, report: Report) -> Extraction:
        self.runs += 1
        text = report.text
        if self.fail_on and self.fail_on in text:
            raise RuntimeError(f"stage crashed on {self.fail_on!r}")
        places = [Place(m.group(), m.start(), m.end(), g, m.group(), la, lo, cc, a1, None, "PPL", 1, 1.0)
                  for m in re.finditer("|".join(PLACES), text)
                  for g, la, lo, cc, a1 in [PLACES[m.group()]]]
        times = [TimeValue(m.group(), m.start(), m.end(), f"2025-03-{int(m.group(1)):02d}", "day")
                 for m in re.finditer(r"(\d{1,2}) March", text)]
        actors = [Actor(m.group(), m.start(), m.end(), *SOURCES[m.group()])
                  for m in re.finditer("|".join(SOURCES), text)]
        events, claims = [], []
        for m in re.finditer("|".join(EVENTS), text):
            negative = "denied" in text[max(0, m.start() - 40):m.start()]
            near = min(range(len(places)), key=lambda i: abs(places[i].start - m.start()),
                       default=None)
            events.append(Event(*EVENTS[m.group()], None, None, near,
                                0 if times else None, None,
                                "negative" if negative else "positive", Span(m.group(), m.start(), m.end())))
        for a in actors:
            cue = re.search(r"said|denied", text[a.end:])
            if cue and events:
                s, e = a.end + cue.start(), a.end + cue.end()
                stance = "denies" if cue.group() == "denied" else "asserts"
                claims.append(Claim(a, Span(cue.group(), s, e), Span(text[e:].strip()[:20], 0, 0),
                                    stance, "certain", "indirect", (len(claims) % len(events),)))
        # The content span: the ten characters after the cue, exact like every span.
        claims = [Claim(c.source, c.cue, Span(text[c.cue.end + 1:c.cue.end + 11], c.cue.end + 1, c.cue.end + 11),
                        c.stance, c.certainty, c.mode, c.events) for c in claims]
        return Extraction(report=report, places=tuple(places), times=tuple(times),
                          actors=tuple(actors), claims=tuple(claims), events=tuple(events))

    def run_many(self, reports):
        for r in reports:
            yield self.run(r)


@pytest.fixture
def fake():
    return FakePipeline()


@pytest.fixture
def fake_class():
    """The FakePipeline class (``import conftest`` is ambiguous across test folders)."""
    return FakePipeline


@pytest.fixture
def cli(fake):
    """invoke(*args, input=None) -> click Result, with the fake pipeline injected."""
    from fogofwar.cli import main

    runner = CliRunner()

    def invoke(*args, input=None, pipeline=None):
        p = pipeline or fake
        return runner.invoke(main, list(args), input=input, obj={"make_pipeline": lambda: p},
                             catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def pg_url():
    """A URL into a fresh schema of the test PostgreSQL server, dropped after the session."""
    with throwaway_schema("fow_cli") as url:
        yield url
