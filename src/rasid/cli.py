"""The `rasid` command line: thin commands over library functions.

Each command lives in its own module under `rasid.commands` with `add_arguments(parser)` and `run(args)`;
`COMMANDS` names them, and a command's module is imported only when it runs, to keep start-up fast.
Exit status: 0 on success, 1 when a document (or a check) failed, 2 on bad usage.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from . import __version__

#: command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "analyze": ("rasid.commands.analyze", "analyse articles and write the story export"),
    "train": ("rasid.commands.train", "train the NER model, word clusters or gazetteer the package ships"),
    "eval": ("rasid.commands.eval", "measure rasid: `ner` (entity P/R/F1), `statements`, `picture` (metadata, time, numbers, residue)"),
    "serve": ("rasid.commands.serve", "serve the JSON API and the web UI over a story store"),
}

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasid", description="rasid: a sourced, structured picture of an Arabic news story")
    parser.add_argument("--version", action="version", version=f"rasid {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(_module=module)
        importlib.import_module(module).add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_module", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(importlib.import_module(args._module).run(args) or EXIT_OK)
    except BrokenPipeError:
        return _closed_output()


def _closed_output() -> int:
    """The reader of standard output went away (`rasid eval ... | head`): stop quietly, as Unix tools do, with
    Python's own flush at exit sent to nowhere instead of raising a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
