"""The command line: arguments → Settings → API calls → messages and exit codes. No NLP here."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import IO, NoReturn

from . import __version__, batch
from .config import DEFAULTS, FORMATS, LANGUAGES, METHODS, PAPERS, PDF_VARIANTS, load_settings
from .errors import BriefingError, ExitStatus, InternalError, UsageError
from .output import OUTPUT_FORMAT_OF_SUFFIX, plan_outputs, prepare_folder, write_atomically
from .reading import STDIN

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
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="article files (.txt, .md, .html), folders of them, glob patterns, "
                        "http(s) URLs, or - for standard input")
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
    parser.add_argument("--input-format", metavar="FORMAT",
                        help="auto|txt|md|html: how to read the inputs (default auto: by suffix, "
                        "Content-Type or content)")
    parser.add_argument("--author", metavar="NAME", help="the PDF's author metadata (default: none)")
    parser.add_argument("--pdf-variant", metavar="VARIANT",
                        help=f"{'|'.join(PDF_VARIANTS)}: tagged for accessibility, or archival "
                        f"(default {DEFAULTS.pdf_variant})")
    parser.add_argument("--appendix", action="store_true", default=argparse.SUPPRESS,
                        help="add the source article after the note, quoted sentences marked and linked")
    parser.add_argument("--template", metavar="FILE",
                        help="your own Jinja HTML template (CSS and images beside it may be used)")
    parser.add_argument("--max-size", type=float, metavar="MB",
                        help=f"refuse inputs larger than this (default {DEFAULTS.max_size:g} MB)")
    parser.add_argument("--config", metavar="FILE", help="read settings from this TOML file")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="worker processes for several inputs (default: the number of CPUs)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None, stdin: IO[str] | IO[bytes] | None = None) -> int:
    """Run the command line; return the exit code. Streams are arguments so tests drive it in-process."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    handler = _log_to(stderr)
    try:
        return _run(argv, stdin, stdout, stderr, debug)
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
        logging.getLogger("weasyprint").removeHandler(handler)


def _run(argv: list[str], stdin: IO[str] | IO[bytes], stdout: IO[str], stderr: IO[str], debug: bool) -> int:
    try:
        args = vars(build_parser().parse_args(argv))
    except SystemExit as exit:  # --help and --version print and exit 0
        return int(exit.code or 0)
    names: list[str] = args.pop("inputs")
    output = args.pop("output", None)
    config = args.pop("config", None)
    jobs = args.pop("jobs", None) or batch.default_jobs()
    args.pop("debug", None)
    if output not in (None, "-") and "format" not in args:
        inferred = OUTPUT_FORMAT_OF_SUFFIX.get(Path(output).suffix.lower())
        if inferred:
            args["format"] = inferred
    settings = load_settings(args, config_path=Path(config) if config else None)
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")

    sources, problems = batch.expand(names)
    total = len(sources) + len(problems)
    if output is not None and total > 1:
        raise UsageError("-o/--output takes one input; use --output-dir for several")
    if output is None:
        folder = Path(settings.output_dir)
        prepare_folder(folder)
        destinations: dict[str, Path | None] = dict(
            zip(sources, plan_outputs(sources, output_dir=folder, format=settings.format), strict=True)
        )
    elif output == "-":
        destinations = dict.fromkeys(sources)
    else:
        prepare_folder(Path(output).parent)
        destinations = dict.fromkeys(sources, Path(output))
    if total == 1 and problems:
        raise problems[0]

    failures: list[BriefingError] = list(problems)
    for problem in problems:
        print(f"briefing: {problem}", file=stderr)
    stdin_data = _read_stdin(stdin, settings.max_bytes) if STDIN in sources else None
    progress = Progress(len(sources), stderr)
    try:
        for outcome in batch.run(sources, settings, jobs=jobs, stdin=stdin_data):
            if outcome.error is not None:
                progress.clear()
                if debug and outcome.detail:
                    print(outcome.detail, file=stderr, end="")
                hint = " (run with --debug for details)" if isinstance(outcome.error, InternalError) and not debug else ""
                print(f"briefing: {outcome.error}{hint}", file=stderr)
                failures.append(outcome.error)
            else:
                assert outcome.data is not None
                _deliver(outcome.data, destinations[outcome.source], stdout)
            progress.step()
    finally:
        progress.clear()
    if total > 1:
        print(f"briefing: {total - len(failures)} written, {len(failures)} failed", file=stderr)
    return max((error.exit_status for error in failures), default=ExitStatus.OK)


def _read_stdin(stdin: IO[bytes] | IO[str], max_bytes: int) -> bytes:
    stream = getattr(stdin, "buffer", stdin)
    data = stream.read(max_bytes + 1)
    return data.encode() if isinstance(data, str) else data


def _deliver(data: bytes, destination: Path | None, stdout: IO[str]) -> None:
    if destination is None:
        if hasattr(stdout, "buffer"):
            stdout.buffer.write(data)
        else:
            stdout.write(data.decode())
        stdout.flush()
        return
    write_atomically(destination, data)
    print(destination, file=stdout, flush=True)  # a reader of the pipe sees each file as it lands


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal and there is a batch."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.active = total > 1 and stream.isatty()

    def step(self) -> None:
        self.done += 1
        if self.active:
            filled = round(30 * self.done / self.total)
            self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}")
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _log_to(stream: IO[str]) -> logging.Handler:
    """Warnings of ours, and WeasyPrint's errors (a template resource it was refused), as
    ``briefing: warning: …`` lines on stderr."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("briefing: warning: %(message)s"))
    for logger, level in ((LOG, logging.WARNING), (logging.getLogger("weasyprint"), logging.ERROR)):
        logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = False
    return handler


def main_entry() -> None:
    """The installed ``briefing`` command."""
    sys.exit(main())
