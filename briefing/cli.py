"""The command line: arguments → Settings → API calls → messages and exit codes. No NLP here."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import IO, NoReturn

from . import __version__
from .config import DEFAULTS, FORMATS, LANGUAGES, METHODS, PAPERS, load_settings
from .errors import BriefingError, ExitStatus, UsageError
from .output import FORMAT_OF_SUFFIX, plan_outputs, prepare_folder, write_atomically
from .pipeline import brief_file
from .render import render

LOG = logging.getLogger("briefing")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing",
        description="Turn a news article into a one-page briefing note: the story in one "
        "paragraph, then the key facts, every sentence quoted verbatim from the article.",
        epilog="Settings are read from built-in defaults, then briefing.toml in the working "
        "directory (or --config FILE), then flags. Exit codes: 0 success, 1 internal error, "
        "2 bad usage or input, 130 interrupted.",
        argument_default=argparse.SUPPRESS,  # only flags given on the command line override
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="article files (.txt)")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=int, metavar="N",
                        help=f"brief length in sentences (default {DEFAULTS.sentences})")
    length.add_argument("--ratio", type=float, metavar="F",
                        help="brief length as a fraction of the article's sentences, 0 < F <= 1")
    length.add_argument("--words", type=int, metavar="N",
                        help="at most N words in the brief (whole sentences, at least one)")
    parser.add_argument("--facts", type=int, metavar="N",
                        help=f"number of key-fact bullets (default {DEFAULTS.facts})")
    parser.add_argument("--method", metavar="NAME",
                        help=f"how sentences are ranked: {', '.join(METHODS)} (default {DEFAULTS.method})")
    parser.add_argument("--format", metavar="FORMAT",
                        help=f"{'|'.join(FORMATS)} (default {DEFAULTS.format}, or from the -o suffix)")
    parser.add_argument("-o", "--output", metavar="PATH",
                        help="output file for a single input; '-' writes to standard output")
    parser.add_argument("--output-dir", metavar="DIR",
                        help=f"folder for the outputs, one per input (default {DEFAULTS.output_dir}/)")
    parser.add_argument("--title", metavar="TEXT", help="the note's title (default: the headline)")
    parser.add_argument("--paper", metavar="SIZE", help=f"{'|'.join(PAPERS)} (default {DEFAULTS.paper})")
    parser.add_argument("--language", metavar="LANG",
                        help=f"the article's language: {', '.join(LANGUAGES)} (default {DEFAULTS.language})")
    parser.add_argument("--config", metavar="FILE", help="read settings from this TOML file")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


FLAG_SETTINGS = ("sentences", "ratio", "words", "facts", "method", "format", "title", "paper",
                 "language", "output_dir")


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    """Run the command line; return the exit code. Streams are arguments so tests drive it in-process."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    handler = _log_to(stderr)
    try:
        return _run(argv, stdout, stderr)
    except BriefingError as error:
        if debug:
            traceback.print_exc(file=stderr)
        print(f"briefing: {error}", file=stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print("briefing: interrupted", file=stderr)
        return ExitStatus.INTERRUPTED
    except Exception as error:  # a bug: say so in one line, keep the traceback for --debug
        if debug:
            traceback.print_exc(file=stderr)
        print(f"briefing: internal error: {type(error).__name__}: {error}"
              + ("" if debug else " (run with --debug for details)"), file=stderr)
        return ExitStatus.ERROR
    finally:
        LOG.removeHandler(handler)


def _run(argv: list[str], stdout: IO[str], stderr: IO[str]) -> int:
    try:
        args = vars(build_parser().parse_args(argv))
    except SystemExit as exit:  # --help and --version print and exit 0
        return int(exit.code or 0)
    inputs: list[str] = args.pop("inputs")
    output = args.pop("output", None)
    config = args.pop("config", None)
    args.pop("debug", None)
    if output is not None and len(inputs) > 1:
        raise UsageError("-o/--output takes one input; use --output-dir for several")
    if output not in (None, "-") and "format" not in args:
        inferred = FORMAT_OF_SUFFIX.get(Path(output).suffix.lower())
        if inferred:
            args["format"] = inferred
    settings = load_settings(args, config_path=Path(config) if config else None)

    if output is None:
        folder = Path(settings.output_dir)
        prepare_folder(folder)
        destinations: list[Path | None] = list(plan_outputs(inputs, output_dir=folder, format=settings.format))
    elif output == "-":
        destinations = [None]
    else:
        prepare_folder(Path(output).parent)
        destinations = [Path(output)]

    failures: list[BriefingError] = []
    for name, destination in zip(inputs, destinations, strict=True):
        try:
            data = render(brief_file(name, settings))
            if destination is None:
                stdout.buffer.write(data) if hasattr(stdout, "buffer") else stdout.write(data.decode())
                stdout.flush()
            else:
                write_atomically(destination, data)
                print(destination, file=stdout)
        except BriefingError as error:
            if len(inputs) == 1:
                raise
            print(f"briefing: {error}", file=stderr)
            failures.append(error)
    if failures:
        written = len(inputs) - len(failures)
        print(f"briefing: {written} written, {len(failures)} failed", file=stderr)
        return max(error.exit_status for error in failures)
    return ExitStatus.OK


def _log_to(stream: IO[str]) -> logging.Handler:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("briefing: %(levelname)s: %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.WARNING)
    LOG.propagate = False
    return handler


def main_entry() -> None:
    """The installed ``briefing`` command."""
    sys.exit(main())
