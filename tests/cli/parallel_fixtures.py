"""Picklable fake pipelines for the --jobs and --engine ray tests (worker processes and Ray
actors import this module by name: tests/cli is on their path)."""

from __future__ import annotations

import os
import time

from cli_fixtures import FakePipeline


class DyingPipeline(FakePipeline):
    """The fake pipeline, except that its worker process dies on a report saying DIE."""

    def run(self, report):
        if "DIE" in report.text:
            os._exit(9)
        return super().run(report)


class SlowPipeline(FakePipeline):
    """The fake pipeline taking a tenth of a second per report (time to kill a run)."""

    def run(self, report):
        time.sleep(0.1)
        return super().run(report)
