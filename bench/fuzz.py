"""A long fuzz run of the readers and of ``extract`` over mutated real reports (issue 16).

    .venv/bin/python -m bench.fuzz                        # 20,000 inputs
    .venv/bin/python -m bench.fuzz --inputs 100000 --extract 20 --seed 7
    .venv/bin/python -m bench.fuzz --seconds 600                # as many as fit in 10 minutes

A seeded random mutator (no coverage guidance; reproducible from ``--seed``) starts from real
reports (examples/ and, when present, ../shared/data/corpus/isw) and applies, at random:
byte flips, truncation (often inside a UTF-8 sequence), NULs, mixed encodings (cp1251,
latin-1, UTF-16 chunks, BOMs), lone surrogates in JSON escapes, C0/C1 controls, a 1 MB line,
deep nesting (HTML tags, JSON arrays, XML elements), huge attributes, XML entity bombs
(billion laughs, quadratic blow-up) and external entities (file:///etc/passwd), random
bytes. Each input goes through every reader (text, HTML, JSONL, JSON, RSS/Atom, stdin with
format sniffing); every ``--extract``-th one that gives a report also goes through
``extract`` (the real pipeline, ``extract_lines``, as a JSONL line) and its output is held
to the extract contract.

Counted: a *crash* is an exception out of a reader or out of ``extract_lines`` (they return
errors as values), a result that is neither a report nor an error naming its input, text
that is not valid UTF-8 or holds a NUL, an expanded entity bomb or an external entity read,
or an extract line that breaks the contract. Goal 0. Inputs that take over ``--slow``
seconds are listed. Crashing inputs are written to ``--crash-dir`` to replay.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISW = Path(os.environ.get("FOGOFWAR_SHARED", ROOT.parent / "shared")) / "data" / "corpus" / "isw"
FORMATS = ("text", "html", "jsonl", "json", "feed")
MB = 1024 * 1024


def seeds(n_isw: int = 40) -> list[tuple[str, bytes]]:
    """(name, bytes) of real reports: the examples, and ``n_isw`` ISW reports if present."""
    out = [(str(p.relative_to(ROOT)), p.read_bytes())
           for p in sorted((ROOT / "examples").rglob("*"))
           if p.is_file() and p.suffix in {".txt", ".html", ".jsonl", ".rss", ".xml", ".json"}]
    if ISW.is_dir():
        out += [(p.name, p.read_bytes()) for p in sorted(ISW.glob("*.html"))[:n_isw]]
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
    b = min(len(d), a + rng.randint(1, 5000))
    d[a:a] = d[a:b] * rng.randint(1, 20)
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


def read_all(data: bytes, options) -> tuple[list, list[str]]:
    """Every reader over ``data``; (reports, problems)."""
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
                elif hasattr(result, "text"):
                    reports.append(result)
        except Exception as exc:  # noqa: BLE001 - that is what is being counted
            problems.append(f"{name}: {type(exc).__name__}: {exc}"[:300] + "\n"
                            + traceback.format_exc(limit=-3))
    return reports, problems


def extract_problems(lines: list[bytes], pipeline) -> list[str]:
    """``extract_lines`` over JSONL lines: each output one object, in order, on contract."""
    from fogofwar.contract import violations
    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.extract import extract_lines

    try:
        out = list(extract_lines(lines, lambda: pipeline, IngestOptions(), chunk=4,
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=20_000, help="inputs through the readers")
    ap.add_argument("--extract", type=int, default=50,
                    help="every N-th input that gives a report also goes through extract "
                         "(its first report and its raw bytes as HTML: two JSONL lines)")
    ap.add_argument("--extract-chars", type=int, default=30_000,
                    help="text cut to this length before extract")
    ap.add_argument("--seconds", type=float, default=None, help="stop after this long")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--big", type=float, default=0.02,
                    help="chance that a mutation is one of the large ones")
    ap.add_argument("--slow", type=float, default=10.0, help="list inputs slower than this")
    ap.add_argument("--crash-dir", default="/tmp/fogofwar-fuzz-crashes")
    args = ap.parse_args(argv)

    from fogofwar.ingest.base import IngestOptions
    from fogofwar.pipeline import Pipeline, PipelineOptions

    rng = random.Random(args.seed)
    corpus = seeds()
    options = IngestOptions()  # the CLI's limits: 20 MB per input, 1M characters per report
    pipeline = Pipeline(PipelineOptions(max_seconds=60)) if args.extract else None
    crashes: list[tuple[int, str, list[str], list[str]]] = []
    slow: list[tuple[int, float, str]] = []
    ops_seen: Counter[str] = Counter()
    n = reports_read = extracted = with_reports = 0
    t_start = time.monotonic()
    crash_dir = Path(args.crash_dir)
    while n < args.inputs:
        if args.seconds and time.monotonic() - t_start > args.seconds:
            break
        name, raw = rng.choice(corpus)
        if rng.random() < 0.02:
            raw = rng.randbytes(rng.randint(0, 5000))
            name = "random"
        data, ops = mutate(rng, raw, args.big)
        ops_seen.update(ops)
        t0 = time.monotonic()
        reports, problems = read_all(data, options)
        reports_read += len(reports)
        with_reports += bool(reports)
        if pipeline is not None and reports and with_reports % args.extract == 0:
            r = reports[0]
            # cut to --extract-chars: a 1M-character text is the time limit's business
            # (tests/ingest/test_time_limit.py) and would take this run's whole budget
            line = json.dumps({"id": f"fuzz-{n}", "text": r.text[:args.extract_chars],
                               "published": r.published, "source": r.source},
                              ensure_ascii=False).encode("utf-8")
            # and the raw mutated bytes as a JSONL line of their own (html key)
            raw_line = (b'{"id": "raw-%d", "html": "' % n
                        + data[:args.extract_chars].replace(b"\\", b"\\\\")
                        .replace(b'"', b'\\"').replace(b"\n", b"\\n") + b'"}')
            problems += extract_problems([line, raw_line], pipeline)
            extracted += 2
        took = time.monotonic() - t0
        if took > args.slow:
            slow.append((n, took, f"{name} {ops}"))
        if problems:
            crashes.append((n, name, ops, problems))
            crash_dir.mkdir(parents=True, exist_ok=True)
            (crash_dir / f"input-{args.seed}-{n}.bin").write_bytes(data)
        n += 1
        if n % 250 == 0:
            print(f"  {n} inputs, {reports_read} reports read, {extracted} extract lines, "
                  f"{len(crashes)} crashing, {time.monotonic() - t_start:.0f} s", flush=True)
    secs = time.monotonic() - t_start
    print(f"fuzz: seed {args.seed}: {n} inputs through 6 readers ({n * 6} reader runs), "
          f"{reports_read} reports read, {extracted} lines through extract, "
          f"{len(crashes)} crashing inputs, {len(slow)} over {args.slow:g} s; {secs:.0f} s")
    print("mutations applied: " + ", ".join(f"{k} {v}" for k, v in ops_seen.most_common()))
    for i, name, ops, problems in crashes[:20]:
        print(f"CRASH input {i} ({name}, {ops}):")
        for p in problems[:3]:
            print("   ", p.replace("\n", "\n    "))
    for i, took, what in slow[:20]:
        print(f"slow input {i}: {took:.1f} s ({what})")
    if crashes:
        print(f"crashing inputs written to {crash_dir}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
