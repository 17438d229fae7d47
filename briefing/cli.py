"""The command line: arguments → settings → library calls → messages and exit codes.

No NLP and no file handling here: the library does the work (run/runner.py for a batch or a
digest) and raises its own exceptions; this module turns them into one line on stderr and an exit
code (errors.ExitStatus). Its flags are made from the option fields (options/groups.py), each
with its help and its group, so a setting is declared once.
"""

from __future__ import annotations

import argparse
import difflib
import re
import signal
import sys
import traceback
from collections.abc import Sequence
from dataclasses import fields, replace
from importlib import import_module
from pathlib import Path
from typing import Any, NoReturn, get_args, get_type_hints

from briefing import _early
from briefing._version import __version__
from briefing.config import load_settings
from briefing.errors import BriefingError, ExitStatus, UsageError
from briefing.io.remote import MISSING_EXTRA
from briefing.io.signals import Terminated, terminate_like_interrupt
from briefing.model import STDIN
from briefing.options import GROUPS, HELP_GROUPS, LENGTH_KEYS, choice_names
from briefing.read.input_types import INPUT_TYPES
from briefing.render.formats import format_of_suffix
from briefing.render.starter_templates import copy_templates
from briefing.render.templating import TEMPLATES_DIR
from briefing.run.console import Console, StdoutClosedError
from briefing.run.expand import read_input_list
from briefing.run.runner import DEBUG_HINT, ClusterRunner, RunReport, run_inputs

EXAMPLES = """examples:
  briefing article.txt                          a one-page PDF note in output/
  briefing article.txt --sentences 5 --facts 6  a longer brief, more bullets
  briefing article.txt --format md -o -         the note as Markdown on standard output
  briefing https://example.org/story            a page fetched and briefed
  briefing notes/*.txt --format json            a note per file, in parallel
  briefing feed.rss --digest                    one note: the feed's stories, grouped
  briefing feed.rss --new-only --index          each morning, only what is new, and a shelf

Settings are read from built-in defaults, then ~/.config/briefing/briefing.toml, then
briefing.toml in the working folder (or --config FILE), then flags. Exit codes: 0 success,
1 internal error, 2 bad usage or input, 130 interrupted, 141 standard output closed,
143 terminated. `briefing serve` starts a page and an HTTP API (see briefing serve --help)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing", epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn a news article into a one-page briefing note: the story in one paragraph,\n"
        "then the key facts, every sentence quoted verbatim from the article.",
        argument_default=argparse.SUPPRESS,  # only flags given on the command line override
        add_help=False,  # --help and --version write to the console given to main()
        allow_abbrev=False,  # --sent is a mistake to point out, not --sentences
    )
    groups = {name: parser.add_argument_group(name) for name in (*HELP_GROUPS, "other")}
    suffixes = ", ".join(suffix for kind in INPUT_TYPES.values() for suffix in kind.suffixes[:1])
    groups["input"].add_argument("inputs", nargs="*", metavar="INPUT", help=f"article files ({suffixes}), folders "
                                 "of them, glob patterns, http(s) URLs, or - for standard input")
    groups["input"].add_argument("-i", "--input-file", metavar="FILE", action="append",
                                 help="read inputs from FILE, one path or URL a line ('#' starts a comment); "
                                 "'-' for standard input; may be given more than once")
    groups["output"].add_argument("-o", "--output", metavar="PATH",
                                  help="output file for a single input; '-' writes to standard output")
    length = groups["length"].add_mutually_exclusive_group()
    for options in GROUPS.values():
        types = get_type_hints(options)
        for option in fields(options):
            _add_setting(length if option.name in LENGTH_KEYS else groups[option.metadata["group"]],
                         option.name, option.default, types[option.name], option.metadata)
    other = groups["other"]
    other.add_argument("--config", metavar="FILE", help="read settings from this TOML file")
    other.add_argument("--copy-templates", metavar="DIR",
                       help="copy the default templates (note, page, stylesheet, Markdown, digest) into DIR to start "
                       "your own from; DIR/note.html renders as it is with --template (no file is replaced)")
    chatter = other.add_mutually_exclusive_group()
    chatter.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=-1,
                         help="say only what failed (no warnings, no tally)")
    chatter.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=1,
                         help="also say what was read, with which method, and how long it took")
    other.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    other.add_argument("-h", "--help", action="store_true", help="show this help and exit")
    other.add_argument("-V", "--version", action="store_true", help="show the version and exit")
    return parser


def _add_setting(group: Any, name: str, default: Any, kind: Any, metadata: Any) -> None:
    """One setting's flag, from its field: --output-dir for output_dir, its help with the default
    and the table's choices filled in, a switch for a true-or-false setting."""
    flags = [*([metadata["short"]] if metadata["short"] else []), "--" + name.replace("_", "-")]
    names = choice_names(name) if "{choices}" in metadata["help"] or "{names}" in metadata["help"] else ()
    help = metadata["help"].format(default=default, choices="|".join(names), names=", ".join(names))
    if kind is bool:
        group.add_argument(*flags, action="store_true", help=help)
        return
    scalar = next((t for t in (get_args(kind) or (kind,)) if t is not type(None)), str)
    group.add_argument(*flags, type=scalar, metavar=metadata["metavar"], help=help)


def main(argv: Sequence[str] | None = None, *, console: Console | None = None) -> int:
    """Run the command line; return the exit code. The console is an argument so tests drive it
    in-process."""
    console = console or Console.system()
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    with console.warnings(), terminate_like_interrupt():
        try:
            return _run(argv, console)
        except BriefingError as error:
            if debug:
                traceback.print_exc(file=console.stderr)
            console.say(str(error))
            return error.exit_status
        except StdoutClosedError:  # the reader has what it wanted (`| head`): stop quietly, like git
            return ExitStatus.BROKEN_PIPE
        except KeyboardInterrupt:
            console.say("interrupted")
            return ExitStatus.INTERRUPTED
        except Terminated:
            console.say("terminated")
            return ExitStatus.TERMINATED
        except Exception as error:  # a bug: say so in one line, keep the traceback for --debug
            if debug:
                traceback.print_exc(file=console.stderr)
            console.say(f"internal error: {type(error).__name__}: {error}{'' if debug else DEBUG_HINT}")
            return ExitStatus.ERROR


def _run(argv: list[str], console: Console) -> int:
    if argv[:1] == ["serve"]:  # a command of its own, with its own flags (briefing/web)
        from briefing.web.serve import serve

        return serve(argv[1:], console)
    parser = build_parser()
    known, unknown = parser.parse_known_intermixed_args(argv)  # inputs may come after options too
    if unknown:
        raise UsageError(_unknown_option(parser, unknown[0]))
    args = vars(known)
    if args.pop("help", False):
        console.stdout.write(parser.format_help())
        return ExitStatus.OK
    if args.pop("version", False):
        console.stdout.write(f"briefing {__version__}\n")
        return ExitStatus.OK
    console = replace(console, verbosity=args.pop("verbosity", 0))
    if "copy_templates" in args:
        for path in copy_templates(TEMPLATES_DIR, Path(args["copy_templates"])):
            console.print(str(path))
        return ExitStatus.OK
    names: list[str] = args.pop("inputs", [])
    for listing in args.pop("input_file", []):
        names += read_input_list(listing, stdin=console.stdin)
    if not names:
        raise UsageError("the following arguments are required: INPUT (see --help)")
    output, config, debug = args.pop("output", None), args.pop("config", None), args.pop("debug", False)
    if output not in (None, STDIN) and "format" not in args:
        args["format"] = format_of_suffix(Path(output).suffix)
    settings = load_settings(args, config_path=Path(config) if config else None)
    if settings.digest.digest and "scheduler" in args:
        raise UsageError("--digest is made on this machine; leave out --scheduler")
    _refuse_flags_without_effect(args, digest=settings.digest.digest)
    report = run_inputs(names, settings, output=output, console=console, debug=debug, typed=args,
                        cluster=_cluster_runner)
    return exit_status(report)


def exit_status(report: RunReport) -> int:
    """Success unless something failed (the worst failure's code); a digest that took nothing
    wrote nothing, which is bad input; a morning run with nothing new is a success."""
    if report.nothing_new:
        return ExitStatus.OK
    status = max((error.exit_status for error in report.failures), default=ExitStatus.OK)
    return max(ExitStatus.USAGE, status) if report.digest and report.written == 0 else status


def _refuse_flags_without_effect(given: dict[str, object], *, digest: bool) -> None:
    """A flag typed that would change nothing is a mistake to point out; the same keys in
    briefing.toml are taken as defaults for the other kind of run and left alone."""
    kept_for, needs = ("template", "appendix"), "shapes a single note; a digest has its own layout: leave it out"
    if not digest:
        kept_for, needs = ("stories", "similarity"), "shapes a digest: give --digest too, or leave it out"
    typed = next((key for key in kept_for if key in given), None)
    if typed is not None:
        raise UsageError(f"--{typed} {needs}")


def _cluster_runner() -> ClusterRunner:
    """briefing.cluster.run.run, or one line saying what to install (Dask is imported only here)."""
    for module in ("distributed", "fsspec"):
        try:
            import_module(module)
        except ImportError:
            raise UsageError(f"--scheduler {MISSING_EXTRA}") from None
    runner: ClusterRunner = import_module("briefing.cluster.run").run
    return runner


def _unknown_option(parser: argparse.ArgumentParser, argument: str) -> str:
    """'unknown option --sentence; did you mean --sentences?' (argparse only says 'unrecognized')."""
    if not argument.startswith("-"):
        return f"unrecognized arguments: {argument} (see --help)"
    flags = sorted(set(re.findall(r"--[\w-]+", parser.format_help())))
    close = difflib.get_close_matches(argument.split("=", maxsplit=1)[0], flags, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else " (see --help)"
    return f"unknown option {argument}{hint}"


def main_entry() -> None:
    """The installed ``briefing`` command."""
    _early.release()
    code = main()
    # The run is over and its exit code stands: a signal while the interpreter shuts down would
    # only turn it into a death by signal (or a KeyboardInterrupt traceback).
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_IGN)
    raise SystemExit(code)
