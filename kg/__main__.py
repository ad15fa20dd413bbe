"""The `kg` command (also `python -m kg`): the command line, imported with the collector paused."""

from __future__ import annotations

import gc


def main() -> None:
    # Importing the command line and all it calls (spaCy, rdflib, the rules) makes some
    # 100,000 objects that live as long as the process, and next to no garbage: the garbage
    # collector would walk them all several times over while they pile up, a tenth of the
    # start-up of a build. Once imported they are frozen, kept out of every later collection.
    gc.disable()
    try:
        from kg.cli import run
    finally:
        gc.freeze()
        gc.enable()
    run()


if __name__ == "__main__":
    main()
