"""``python -m fogofwar``: the same as the ``fogofwar`` command (handy under a profiler:
``python -m cProfile -m fogofwar extract``)."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="fogofwar")
