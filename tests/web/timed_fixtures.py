"""Picklable fake pipelines for the time limit of posted reports (the worker process
imports this module by name: tests/web is on its path, inherited from the test run)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from fogofwar.records import Extraction


class StallingPipeline:
    """Extracts nothing, at once, except from a report saying STALL: there it writes its
    pid to ``pid_file`` and sleeps two minutes with SIGALRM blocked, as a long C call would
    (no limit inside the process can stop it)."""

    def __init__(self, pid_file: str) -> None:
        self.pid_file = pid_file

    def run(self, report):
        return next(self.run_many([report]))

    def run_many(self, reports):
        for report in reports:
            if "STALL" in report.text:
                Path(self.pid_file).write_text(str(os.getpid()))
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                time.sleep(120)
            if "DIE" in report.text:
                os._exit(9)
            yield Extraction(report=report)
