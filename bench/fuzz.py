"""A long fuzz run of the readers and of ``extract`` over mutated real reports (issue 16).

    .venv/bin/python -m bench.fuzz                                 # 20,000 inputs
    .venv/bin/python -m bench.fuzz --inputs 100000 --jobs 2 --seed 1612   # bench/fuzz.md
    .venv/bin/python -m bench.fuzz --seed 1612 --only 4711         # replay one input

A seeded random mutator (no coverage guidance) starts from real reports and applies, at
random: byte flips, truncation (often inside a UTF-8 sequence), NULs, mixed encodings
(cp1251, koi8-r, latin-1, UTF-16 chunks, BOMs), lone surrogates in JSON escapes, C0/C1
controls, a 1 MB line, deep nesting (HTML tags, JSON arrays, XML elements), huge
attributes, XML entity bombs (billion laughs, quadratic blow-up) and external entities
(file:///etc/passwd), random bytes. Input ``n`` is a function of ``(--seed, n)`` alone, so
any input replays with ``--only n`` whatever ``--jobs`` was.

What an input starts from: 2% random bytes; ``--whole`` (1%) a whole ISW page (50-140 kB);
the rest one of the examples/ or a piece of real ISW text (300-4,000 characters) in one of
the input formats -- plain text, an HTML page, JSONL lines with ``text`` or ``html``, a JSON
array, an RSS feed with CDATA HTML, an Atom feed with escaped HTML (``isw_pieces``: the
wrappers are ours, the text the reports'). So every reader sees mutated input of its own
format, not only of another's.

What every input goes through: all six readers (text, HTML, JSONL, JSON, RSS/Atom, and
stdin with format sniffing, as ``fogofwar ingest -`` reads it), which clean the text and
hash it (ingest/normalize.py) and detect its language. Every ``--extract``-th input (1 in
200 by default) that gives a report also goes through ``extract`` (the real pipeline,
``extract_lines``, one pipeline per process reused): its first report and its raw mutated
bytes as an ``html`` field, two JSONL lines cut to ``--extract-chars`` (5,000), each output
held to the extract contract. Each mutation is one of the large ones (a 1 MB line, deep
nesting, a huge attribute, an entity bomb) with chance ``--big`` (1%), so about 3% of inputs
carry one. The shares keep the cost near 30 ms of CPU per input (a whole page takes about
1 s through the six readers, a large mutation 0.5-3 s, an extract line 0.3 s), so 100,000
inputs take about half an hour with ``--jobs 2`` on two cores (figures: bench/fuzz.md).

Counted: a *crash* is an exception out of a reader or out of ``extract_lines`` (they return
errors as values), a result that is neither a report nor an error naming its input, text
that is not valid UTF-8 or holds a NUL, an expanded entity bomb or an external entity read,
or an extract line that breaks the contract. Goal 0. Clear per-input errors (a ReadError
naming the input, or an ``{"id", "error"}`` line) are counted by reason. Inputs that take
over ``--slow`` seconds are listed. Crashing inputs are written to ``--crash-dir``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISW = Path(os.environ.get("FOGOFWAR_SHARED", ROOT.parent / "shared")) / "data" / "corpus" / "isw"
FORMATS = ("text", "html", "jsonl", "json", "feed")
MB = 1024 * 1024


def seeds(n_isw: int = 40) -> list[tuple[str, bytes]]:
    """(name, bytes) of real reports: the examples, and ``n_isw`` whole ISW pages if present."""
    out = [(str(p.relative_to(ROOT)), p.read_bytes())
           for p in sorted((ROOT / "examples").rglob("*"))
           if p.is_file() and p.suffix in {".txt", ".html", ".jsonl", ".rss", ".xml", ".json"}]
    if ISW.is_dir():
        out += [(p.name, p.read_bytes()) for p in sorted(ISW.glob("*.html"))[:n_isw]]
    return out


def isw_pieces(n_isw: int = 40, seed: int = 0) -> list[tuple[str, bytes]]:
    """Real ISW text in every input format, in pieces of 300 to 4,000 characters cut at a
    paragraph end: as plain text, an HTML page, JSONL lines (``text`` and ``html``), one
    JSON array, an RSS feed (CDATA HTML) and an Atom feed (escaped HTML). The wrappers are
    ours; the text is the reports'. Empty when the corpus is absent."""
    from html import escape

    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.sources import read_paths

    if not ISW.is_dir():
        return []
    rng = random.Random(seed)
    paragraphs: list[tuple[str, str]] = []  # (date, paragraph)
    for r in read_paths([str(p) for p in sorted(ISW.glob("*.html"))[:n_isw]], IngestOptions()):
        if hasattr(r, "text"):
            paragraphs += [(r.published or "", para) for para in r.text.split("\n")
                           if len(para.strip()) > 40]
    out: list[tuple[str, bytes]] = []
    i = 0
    while i < len(paragraphs):
        date = paragraphs[i][0]
        want, take = rng.randint(300, 4000), []
        while i < len(paragraphs) and sum(map(len, take)) < want:
            take.append(paragraphs[i][1])
            i += 1
        kind = len(out) % 7
        name = f"isw-piece-{len(out)}"
        text = "\n\n".join(take)
        html = "".join(f"<p>{escape(t)}</p>" for t in take)
        if kind == 0:
            out.append((name + ".txt", text.encode()))
        elif kind == 1:
            out.append((name + ".html", (f"<!DOCTYPE html><html><head><meta charset=utf-8>"
                                         f"<title>ISW {date}</title></head><body><article>"
                                         f"{html}</article></body></html>").encode()))
        elif kind in (2, 3):
            key, val = ("text", take) if kind == 2 else ("html", [f"<p>{escape(t)}</p>"
                                                                  for t in take])
            out.append((name + ".jsonl", "".join(
                json.dumps({"id": f"{name}-{j}", key: v, "published": date, "source": "ISW"},
                           ensure_ascii=j % 2 == 0) + "\n" for j, v in enumerate(val)).encode()))
        elif kind == 4:
            out.append((name + ".json", json.dumps(
                [{"id": f"{name}-{j}", "text": t, "published": date} for j, t in enumerate(take)],
                ensure_ascii=False).encode()))
        elif kind == 5:
            items = "".join(f"<item><guid>{name}-{j}</guid><title>ISW {date}</title>"
                            f"<pubDate>{date}</pubDate><description><![CDATA[<p>{t}</p>]]>"
                            f"</description></item>" for j, t in enumerate(take))
            out.append((name + ".rss", (f'<?xml version="1.0" encoding="UTF-8"?><rss version='
                                        f'"2.0"><channel><title>ISW</title><link>https://'
                                        f'example.org</link>{items}</channel></rss>').encode()))
        else:
            entries = "".join(f"<entry><id>urn:{name}:{j}</id><title>ISW</title><updated>"
                              f"{date}T00:00:00Z</updated><content type=\"html\">"
                              f"{escape(f'<p>{t}</p>')}</content></entry>"
                              for j, t in enumerate(take))
            out.append((name + ".atom", (f'<?xml version="1.0" encoding="UTF-8"?><feed xmlns='
                                         f'"http://www.w3.org/2005/Atom"><title>ISW</title>'
                                         f"{entries}</feed>").encode()))
    return out


# -- the mutator ---------------------------------------------------------------------------

BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                   for i in range(1, 10))
        + b']>\n<rss version="2.0"><channel><title>x</title><item><title>bomb</title>'
          b"<description>&lol9;</description></item></channel></rss>")
QUADRATIC = (b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "' + b"A" * 50_000 + b'">]>\n'
             b'<rss version="2.0"><channel><item><title>q</title><description>'
             + b"&a;" * 20_000 + b"</description></item></channel></rss>")
XXE = (b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
       b'<rss version="2.0"><channel><item><title>xxe</title><description>&xxe;'
       b"</description></item></channel></rss>")
EXPANDED = (b"lol" * 1000, b"A" * 200_000, b"root:x:0:0")


def _at(rng: random.Random, raw: bytearray) -> int:
    return rng.randrange(len(raw) + 1)


def mutate(rng: random.Random, raw: bytes, big: float = 0.02) -> tuple[bytes, list[str]]:
    """One mutated input and the names of the mutations applied (each one of the large
    ones -- a 1 MB line, deep nesting, a huge attribute, an entity bomb -- with probability
    ``big``)."""
    data = bytearray(raw)
    ops: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3, 5, 8))):
        op = _pick(rng, big)
        ops.append(op.__name__)
        data = op(rng, data)
    return bytes(data), ops


def flip(rng, d):
    for _ in range(rng.randint(1, 20)):
        if d:
            d[rng.randrange(len(d))] ^= rng.randint(1, 255)
    return d


def truncate(rng, d):
    # often inside a multi-byte UTF-8 sequence
    cut = _at(rng, d)
    while 0 < cut < len(d) and rng.random() < 0.7 and d[cut] & 0xC0 != 0x80:
        cut += 1
    return d[:cut]


def nuls(rng, d):
    for _ in range(rng.randint(1, 30)):
        i = _at(rng, d)
        d[i:i] = b"\x00" * rng.choice((1, 1, 4, 1000))
    return d


def mixed_encoding(rng, d):
    chunk = rng.choice(("Сили оборони України відбили атаку під Суджею",
                        "Российские войска обстреляли Белгород", "Zürich – naïve façade",
                        "\u2028\u2029 \ufeff", "日本語のテキスト"))
    enc = rng.choice(("cp1251", "koi8-r", "latin-1", "utf-16", "utf-16-be", "utf-8", "gb18030"))
    i = _at(rng, d)
    d[i:i] = chunk.encode(enc, errors="replace")
    if rng.random() < 0.2:
        d[0:0] = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    return d


def surrogates(rng, d):
    i = _at(rng, d)
    d[i:i] = rng.choice((b"\\ud800", b"\\udfff x", b'"\\ud83d"', b"\xed\xa0\x80", b"\\u0000"))
    return d


def controls(rng, d):
    for _ in range(rng.randint(1, 20)):
        i = _at(rng, d)
        d[i:i] = rng.choice((b"\x1b[2J", b"\x1b]0;pwned\x07", b"\x9b31m", "\x9b".encode(),
                             "\x85\x7f".encode(), b"\r", b"\x0b\x0c", "\u202e".encode()))
    return d


def megaline(rng, d):
    i = _at(rng, d)
    unit = rng.choice((b"a", b"word ", b"<b>", b"Sumy, ", b"\xd0\x91"))
    d[i:i] = unit * (MB // len(unit))
    return d


def deep(rng, d):
    n = rng.choice((1000, 20_000, 100_000))
    i = _at(rng, d)
    open_, close = rng.choice(((b"<div>", b"</div>"), (b"[", b"]"), (b"<a><b>", b""),
                               (b'{"a":', b"}"), (b"<item>", b"</item>")))
    d[i:i] = open_ * n + b"x" + close * n
    return d


def huge_attribute(rng, d):
    i = _at(rng, d)
    d[i:i] = b'<p title="' + b"x" * rng.choice((10_000, MB)) + b'" data-y="1">z</p>'
    return d


def entity_bomb(rng, d):
    return bytearray(rng.choice((BOMB, QUADRATIC, XXE))) if rng.random() < 0.5 \
        else d + bytearray(rng.choice((BOMB, XXE)))


def random_bytes(rng, d):
    i = _at(rng, d)
    d[i:i] = rng.randbytes(rng.choice((1, 16, 4096)))
    return d


def duplicate(rng, d):
    if not d:
        return d
    a = rng.randrange(len(d))
    b = min(len(d), a + rng.randint(1, 2000))
    d[a:a] = d[a:b] * rng.randint(1, 10)  # at most 20 kB more (the 1 MB ones are BIG)
    return d


def delete(rng, d):
    if not d:
        return d
    a = rng.randrange(len(d))
    del d[a:a + rng.randint(1, 2000)]
    return d


SMALL = (flip, truncate, nuls, mixed_encoding, surrogates, controls, random_bytes, duplicate,
         delete)
BIG = (megaline, deep, huge_attribute, entity_bomb)  # each costs the readers up to seconds
OPS = SMALL + BIG


def _pick(rng: random.Random, big: float):
    return rng.choice(BIG) if rng.random() < big else rng.choice(SMALL)


# -- the checks -----------------------------------------------------------------------------

def _check_result(result, origin: str, data: bytes) -> str | None:
    from fogofwar.ingest.base import ReadError
    from fogofwar.records import Report

    if isinstance(result, ReadError):
        if not (result.origin.startswith(origin) and result.reason):
            return f"error without its input or reason: {result!r}"[:300]
        return None
    if not isinstance(result, Report):
        return f"neither a report nor an error: {type(result).__name__}"
    for value in (result.id, result.text, result.source, result.url, result.title,
                  result.language, result.published, *result.warnings):
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "a string that is not valid UTF-8 (lone surrogate)"
        if "\x00" in value:
            return "a NUL in a report's text or metadata"
    text = result.text.encode("utf-8", "replace")
    for marker in EXPANDED:
        if marker in text and marker not in data:
            return f"an entity was expanded or read ({marker[:12]!r}...)"
    return None


def read_all(data: bytes, options, errors: Counter | None = None) -> tuple[list, list[str]]:
    """Every reader over ``data``; (reports, problems). Each ReadError's reason is counted
    in ``errors`` (digits dropped, so that like reasons add up)."""
    from fogofwar.ingest.base import ReadError
    from fogofwar.ingest.sources import read_bytes, read_stdin

    reports, problems = [], []
    runs = [(fmt, lambda fmt=fmt: read_bytes(data, "in", fmt, options)) for fmt in FORMATS]
    runs.append(("stdin", lambda: read_stdin(options, io.BytesIO(data))))
    for name, run in runs:
        origin = "-" if name == "stdin" else "in"
        try:
            for result in run():
                why = _check_result(result, origin, data)
                if why:
                    problems.append(f"{name}: {why}")
                elif isinstance(result, ReadError):
                    if errors is not None:
                        errors[f"{name}: {_DIGITS.sub('N', result.reason)[:90]}"] += 1
                else:
                    reports.append(result)
        except Exception as exc:  # noqa: BLE001 - that is what is being counted
            problems.append(f"{name}: {type(exc).__name__}: {exc}"[:300] + "\n"
                            + traceback.format_exc(limit=-3))
    return reports, problems


_DIGITS = re.compile(r"[0-9][0-9,.]*")


def extract_problems(lines: list[bytes], pipeline, options=None) -> list[str]:
    """``extract_lines`` over JSONL lines: each output one object, in order, on contract."""
    from fogofwar.contract import violations
    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.extract import extract_lines

    try:
        out = list(extract_lines(lines, lambda: pipeline, options or IngestOptions(), chunk=4,
                                 include_text=True))
    except Exception as exc:  # noqa: BLE001
        return [f"extract: {type(exc).__name__}: {exc}"[:300] + "\n"
                + traceback.format_exc(limit=-3)]
    problems = []
    expected = sum(bool(line.strip()) for line in lines)
    if len(out) != expected:
        problems.append(f"extract: {len(out)} output lines for {expected} inputs")
    for obj in out:
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError, UnicodeEncodeError) as exc:
            problems.append(f"extract: output not JSON/UTF-8: {exc}")
            continue
        if "error" in obj:
            if not obj["error"] or "id" not in obj:
                problems.append(f"extract: error line without id or reason: {obj}"[:300])
            continue
        bad = violations(obj.get("text", ""), obj)
        if bad:
            problems.append(f"extract: contract: {bad[:3]}")
    return problems


@dataclass
class Outcome:
    """What one input went through and what came of it."""

    n: int
    seed_name: str
    ops: list[str]
    size: int
    reports: int = 0
    extracted: int = 0  # JSONL lines through extract
    problems: list[str] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)  # clear per-input errors, by reason
    seconds: float = 0.0


class Fuzzer:
    """The seeds, the limits and (built on first need) the pipeline of one process. Input
    ``n`` is a function of ``(seed, n)`` alone, so any input is replayed with ``--only n``
    whatever ``--jobs`` was."""

    def __init__(self, args) -> None:
        from fogofwar.ingest.base import IngestOptions

        self.args = args
        whole = seeds(args.isw_pages)
        self.pages = [s for s in whole if s[0].endswith(".html") and not s[0].startswith("ex")]
        self.small = [s for s in whole if s not in self.pages] + isw_pieces(args.isw_pages)
        self.options = IngestOptions()  # the CLI's limits: 20 MB per input, 1M chars per report
        self.pipeline = None

    def input(self, n: int) -> tuple[str, bytes, list[str]]:
        rng = random.Random(f"{self.args.seed}:{n}")
        pick = rng.random()
        if pick < 0.02:
            name, raw = "random", rng.randbytes(rng.randint(0, 5000))
        elif pick < 0.02 + self.args.whole and self.pages:
            name, raw = rng.choice(self.pages)
        else:
            name, raw = rng.choice(self.small)
        data, ops = mutate(rng, raw, self.args.big)
        return name, data, ops

    def run(self, n: int) -> Outcome:
        name, data, ops = self.input(n)
        out = Outcome(n, name, ops, len(data))
        t0 = time.monotonic()
        reports, out.problems = read_all(data, self.options, out.errors)
        out.reports = len(reports)
        if self.args.extract and reports and n % self.args.extract == 0:
            out.problems += self.extract(n, reports[0], data)
            out.extracted = 2
        out.seconds = time.monotonic() - t0
        if out.problems:
            crash_dir = Path(self.args.crash_dir)
            crash_dir.mkdir(parents=True, exist_ok=True)
            (crash_dir / f"input-{self.args.seed}-{n}.bin").write_bytes(data)
        return out

    def extract(self, n: int, report, data: bytes) -> list[str]:
        """The input's first report, and its raw bytes as HTML, as two JSONL lines through
        ``extract``, each cut to ``--extract-chars`` (a 1M-character text is the time
        limit's business, tests/ingest/test_time_limit.py, and would take the run's budget)."""
        if self.pipeline is None:
            from fogofwar.pipeline import Pipeline, PipelineOptions

            self.pipeline = Pipeline(PipelineOptions(max_seconds=60))
        cut = self.args.extract_chars
        line = json.dumps({"id": f"fuzz-{n}", "text": report.text[:cut],
                           "published": report.published, "source": report.source},
                          ensure_ascii=False).encode("utf-8")
        raw_line = (b'{"id": "raw-%d", "html": "' % n
                    + data[:cut].replace(b"\\", b"\\\\").replace(b'"', b'\\"')
                    .replace(b"\n", b"\\n") + b'"}')
        return extract_problems([line, raw_line], self.pipeline)


_fuzzer: Fuzzer | None = None


def _init(args) -> None:
    global _fuzzer
    _fuzzer = Fuzzer(args)


def _run(n: int) -> Outcome:
    assert _fuzzer is not None
    return _fuzzer.run(n)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=20_000, help="inputs through the readers")
    ap.add_argument("--start", type=int, default=0, help="first input number")
    ap.add_argument("--only", type=int, action="append", default=[],
                    help="run only input N (repeat for several): replays a crash")
    ap.add_argument("--jobs", type=int, default=1, help="processes (inputs shared out)")
    ap.add_argument("--extract", type=int, default=200,
                    help="every N-th input, when it gives a report, also goes through extract "
                         "(its first report and its raw bytes as HTML: two JSONL lines); 0: none")
    ap.add_argument("--extract-chars", type=int, default=5_000,
                    help="text cut to this length before extract")
    ap.add_argument("--whole", type=float, default=0.01,
                    help="share of inputs mutated from a whole ISW page (50-140 kB, about "
                         "1 s through the six readers); the "
                         "rest from the examples and ISW pieces in every format")
    ap.add_argument("--isw-pages", type=int, default=40, help="ISW reports used as seeds")
    ap.add_argument("--seconds", type=float, default=None, help="stop after this long")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--big", type=float, default=0.01,
                    help="chance that a mutation is one of the large ones")
    ap.add_argument("--slow", type=float, default=10.0, help="list inputs slower than this")
    ap.add_argument("--every", type=int, default=1000, help="progress line every N inputs")
    ap.add_argument("--crash-dir", default="/tmp/fogofwar-fuzz-crashes")
    args = ap.parse_args(argv)

    numbers = args.only or range(args.start, args.start + args.inputs)
    t_start = time.monotonic()
    totals = Counter()
    errors: Counter = Counter()
    ops_seen: Counter = Counter()
    seeds_seen: Counter = Counter()
    crashes: list[Outcome] = []
    slow: list[Outcome] = []
    if args.jobs > 1:
        import multiprocessing

        pool = multiprocessing.get_context("spawn").Pool(args.jobs, _init, (args,))
        outcomes = pool.imap_unordered(_run, numbers, chunksize=10)
    else:
        pool = None
        fuzzer = Fuzzer(args)
        outcomes = map(fuzzer.run, numbers)
    try:
        for out in outcomes:
            totals["inputs"] += 1
            totals["bytes"] += out.size
            totals["reports"] += out.reports
            totals["extracted"] += out.extracted
            totals["errors"] += sum(out.errors.values())
            totals["with_report"] += bool(out.reports)
            totals["whole_page"] += out.seed_name.endswith(".html") and \
                not out.seed_name.startswith(("examples", "isw-piece"))
            totals["random"] += out.seed_name == "random"
            errors.update(out.errors)
            ops_seen.update(out.ops)
            seeds_seen[out.seed_name.rsplit(".", 1)[-1] if "." in out.seed_name
                       else out.seed_name] += 1
            if out.problems:
                crashes.append(out)
            if out.seconds > args.slow:
                slow.append(out)
            if totals["inputs"] % args.every == 0:
                print(f"  {totals['inputs']} inputs, {totals['reports']} reports read, "
                      f"{totals['errors']} per-input errors, {totals['extracted']} extract "
                      f"lines, {len(crashes)} crashing, {time.monotonic() - t_start:.0f} s",
                      flush=True)
            if args.seconds and time.monotonic() - t_start > args.seconds:
                break
    finally:
        if pool is not None:
            pool.terminate()
    secs = time.monotonic() - t_start
    n = totals["inputs"]
    print(f"fuzz: seed {args.seed}, inputs {args.start}..{args.start + n - 1}"
          f"{' (--only)' if args.only else ''}, {args.jobs} process(es): {n} inputs "
          f"({totals['bytes'] / 1e6:.0f} MB), each through 6 readers ({n * 6} reader runs: "
          f"text, html, jsonl, json, feed, stdin); {totals['with_report']} gave a report "
          f"({totals['reports']} reports), {totals['errors']} clear per-input errors; "
          f"{totals['extracted']} JSONL lines through extract (every {args.extract}th input "
          f"with a report, <= {args.extract_chars} chars); {len(crashes)} crashing inputs; "
          f"{len(slow)} over {args.slow:g} s; {secs:.0f} s")
    print(f"seeds: {totals['whole_page']} whole ISW pages, {totals['random']} random bytes, "
          "the rest examples and ISW pieces: "
          + ", ".join(f"{k} {v}" for k, v in seeds_seen.most_common()))
    print("mutations applied: " + ", ".join(f"{k} {v}" for k, v in ops_seen.most_common()))
    print("commonest per-input errors (reader: reason):")
    for reason, count in errors.most_common(15):
        print(f"  {count:7d}  {reason}")
    for out in crashes[:20]:
        print(f"CRASH input {out.n} ({out.seed_name}, {out.ops}):")
        for p in out.problems[:3]:
            print("   ", p.replace("\n", "\n    "))
    for out in sorted(slow, key=lambda o: -o.seconds)[:20]:
        print(f"slow input {out.n}: {out.seconds:.1f} s ({out.seed_name} {out.ops})")
    if crashes:
        print(f"crashing inputs written to {args.crash_dir}; replay one with --only N")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
