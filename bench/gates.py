"""Run the accuracy gates: ``python -m bench.gates [NAME...] [--pin]``.

Without names, runs every ``bench/gate_*.py``. ``--pin`` writes the measured figures as the
new floors (review the diff of bench/floors.json before committing it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .gatelib import FLOORS, check, load_floors, run_gate


def all_gates() -> list[str]:
    return sorted(p.stem[len("gate_"):] for p in Path(__file__).parent.glob("gate_*.py"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--pin", action="store_true", help="pin the measured figures as floors")
    args = ap.parse_args(argv)
    floors = load_floors()
    failures: list[str] = []
    for name in args.names or all_gates():
        metrics, checksum = run_gate(name)
        print(json.dumps({"gate": name, "checksum": checksum, **metrics}))
        if args.pin:
            floors[name] = {"checksum": checksum, "floors": metrics}
        else:
            failures += check(name, metrics, checksum, floors)
    if args.pin:
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
