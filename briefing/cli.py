"""The command line: arguments → settings → library calls → messages and exit codes.

No NLP and no file handling here: the library does the work and raises its own exceptions; this
module turns them into one line on stderr and an exit code (errors.ExitStatus).
"""

from __future__ import annotations

import argparse
import difflib
import re
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import replace
from functools import partial
from importlib import import_module
from pathlib import Path
from types import FrameType, ModuleType
from typing import NoReturn

from . import _early, batch
from ._version import __version__
from .config import DEFAULTS, load_settings
from .console import Console, StdoutClosedError
from .digest import digest_of
from .errors import BriefingError, ExitStatus, InternalError, OutputError, UsageError
from .gathering import gather
from .inputs import INPUT_TYPES
from .languages import LANGUAGES
from .methods import METHODS
from .options import PAPERS, PDF_VARIANTS, Settings
from .outputs import OUTPUT_FORMATS, format_of_suffix, render_digest
from .pipeline import creation_time
from .placeholders import fill_title
from .reading import STDIN, read_capped
from .recurring import MorningRun, delivered, delivered_digest, start_morning
from .remote import MISSING_EXTRA
from .starter_templates import copy_templates
from .templating import TEMPLATES_DIR
from .workers import stop_signals_held
from .writing import remove_if_empty, write_atomically

DEBUG_HINT = " (run with --debug for details)"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(f"{message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    brief, run = DEFAULTS.brief, DEFAULTS.run
    parser = _Parser(
        prog="briefing",
        description="Turn a news article into a one-page briefing note: the story in one "
        "paragraph, then the key facts, every sentence quoted verbatim from the article.",
        epilog="Settings are read from built-in defaults, then briefing.toml in the working "
        "directory (or --config FILE), then flags. Exit codes: 0 success, 1 internal error, "
        "2 bad usage or input, 130 interrupted, 141 standard output closed, 143 terminated. "
        "`briefing serve` starts a page and an HTTP API for making notes (see briefing serve --help).",
        argument_default=argparse.SUPPRESS,  # only flags given on the command line override
        add_help=False,  # --help and --version write to the console given to main()
    )
    suffixes = ", ".join(suffix for kind in INPUT_TYPES.values() for suffix in kind.suffixes[:1])
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help=f"article files ({suffixes}), folders of them, glob patterns, "
                        "http(s) URLs, or - for standard input")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=int, metavar="N",
                        help=f"brief length in sentences (default {brief.sentences})")
    length.add_argument("--ratio", type=float, metavar="F",
                        help="brief length as a fraction of the article's sentences, 0 < F <= 1")
    length.add_argument("--words", type=int, metavar="N",
                        help="at most N words in the brief (whole sentences, at least one)")
    parser.add_argument("--facts", type=int, metavar="N",
                        help=f"number of key-fact bullets (default {brief.facts})")
    parser.add_argument("--method", metavar="NAME",
                        help=f"how sentences are ranked: {', '.join(METHODS)} (default {brief.method})")
    parser.add_argument("--raw", action="store_true",
                        help="the method's own picks for the brief, without the note's rules (captions, sentences "
                        "that lean on others, split quotations): for studying a method")
    parser.add_argument("--format", metavar="FORMAT",
                        help=f"{'|'.join(OUTPUT_FORMATS)} (default {run.format}, or from the -o suffix)")
    parser.add_argument("-o", "--output", metavar="PATH",
                        help="output file for a single input; '-' writes to standard output")
    parser.add_argument("--output-dir", metavar="DIR",
                        help=f"folder for the outputs, one per input (default {run.output_dir}/)")
    parser.add_argument("-i", "--input-file", metavar="FILE", action="append",
                        help="read inputs from FILE, one path or URL a line ('#' starts a comment); "
                        "'-' for standard input; may be given more than once")
    parser.add_argument("--title", metavar="TEXT",
                        help="the note's title (one input only; default: the headline, else the "
                        "lede's opening words)")
    parser.add_argument("--source-url", metavar="URL",
                        help="where the article was found, for the note and its metadata (one input only)")
    parser.add_argument("--source-name", metavar="NAME",
                        help="the publication or site the article is from (one input only)")
    parser.add_argument("--paper", metavar="SIZE", help=f"{'|'.join(PAPERS)} (default {DEFAULTS.render.paper})")
    parser.add_argument("--language", metavar="LANG",
                        help=f"the article's language: {', '.join(LANGUAGES)}; or auto, found from the text "
                        f"(default {brief.language}; another language is briefed with English rules, with a warning)")
    parser.add_argument("--input-format", metavar="FORMAT",
                        help=f"auto|{'|'.join(INPUT_TYPES)}: how to read the inputs (default auto: by "
                        "suffix, Content-Type or content)")
    parser.add_argument("--author", metavar="NAME", help="who prepared the note: its source block and the PDF's "
                        "author (default: none)")
    parser.add_argument("--marking", metavar="TEXT",
                        help="a protective marking, such as OFFICIAL, printed at the top and bottom of every page")
    parser.add_argument("--pdf-variant", metavar="VARIANT",
                        help=f"{'|'.join(PDF_VARIANTS)}: tagged for accessibility; archival and tagged; "
                        f"archival (default {DEFAULTS.render.pdf_variant})")
    parser.add_argument("--appendix", action="store_true",
                        help="add the source article after the note, quoted sentences marked and linked")
    parser.add_argument("--template", metavar="FILE",
                        help="your own Jinja HTML template (CSS and images beside it may be used)")
    parser.add_argument("--copy-templates", metavar="DIR",
                        help="copy the default templates (note, page, stylesheet, Markdown, digest) into DIR to "
                        "start your own from; DIR/note.html renders as it is with --template (no file is replaced)")
    parser.add_argument("--max-size", type=float, metavar="MB",
                        help=f"refuse inputs larger than this (default {run.max_size:g} MB)")
    parser.add_argument("--config", metavar="FILE", help="read settings from this TOML file")
    parser.add_argument("--max-items", type=int, metavar="N",
                        help="take at most N items of each RSS or Atom feed (default: all)")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="worker processes for several inputs (default: the number of CPUs); with "
                        "--scheduler local, the cluster's")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="brief on a Dask cluster: its scheduler's address (tcp://host:8786), or local for "
                        "one on this machine; none: without Dask (default; also BRIEFING_SCHEDULER)")
    parser.add_argument("--jsonl", action="store_true",
                        help="with --format json: one JSON Lines file per input archive, a note a line")
    parser.add_argument("--digest", action="store_true",
                        help="all inputs into one note (default output/digest.<format>): articles about the same "
                        "story grouped, each story briefed from all its articles, nothing said twice")
    parser.add_argument("--stories", type=int, metavar="N",
                        help="with --digest: brief at most N stories and list the rest by title (default: all)")
    parser.add_argument("--similarity", type=float, metavar="F",
                        help="with --digest: how alike two articles must be to be one story, the cosine of their "
                        f"words' tf-idf, 0 < F <= 1; higher merges fewer (default {DEFAULTS.digest.similarity})")
    parser.add_argument("--new-only", action="store_true",
                        help="leave out inputs an earlier --new-only run briefed (feed items by guid or link, pages by "
                        "final address, archive lines by id, files by content); nothing new: one line, exit 0")
    parser.add_argument("--state", metavar="FILE",
                        help="the database --new-only remembers in (default $XDG_STATE_HOME/briefing/state.sqlite)")
    parser.add_argument("--since", metavar="WHEN",
                        help="only inputs dated on or after WHEN: 2026-02-12, '2026-02-12 08:00', 24h, 3d "
                        "(undated inputs are kept and counted)")
    parser.add_argument("--index", action="store_true",
                        help="keep index.html in the output folder: every note and digest in it, newest first "
                        "(-o and --output-dir also take {date}, {time} and {title})")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument("-h", "--help", action="store_true", help="show this help and exit")
    parser.add_argument("--version", action="store_true", help="show the version and exit")
    return parser


def main(argv: Sequence[str] | None = None, *, console: Console | None = None) -> int:
    """Run the command line; return the exit code. The console is an argument so tests drive it
    in-process."""
    console = console or Console.system()
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    with console.warnings(), _terminate_like_interrupt():
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
        from .web.serve import serve

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
    if "copy_templates" in args:
        for path in copy_templates(TEMPLATES_DIR, Path(args["copy_templates"])):
            console.print(str(path))
        return ExitStatus.OK
    names: list[str] = args.pop("inputs", [])
    for listing in args.pop("input_file", []):
        names += batch.read_input_list(listing, stdin=console.stdin)
    if not names:
        raise UsageError("the following arguments are required: INPUT (see --help)")
    output = args.pop("output", None)
    config = args.pop("config", None)
    debug = args.pop("debug", False)
    if output not in (None, STDIN) and "format" not in args:
        args["format"] = format_of_suffix(Path(output).suffix)
    settings = load_settings(args, config_path=Path(config) if config else None)
    started = creation_time()  # a bad SOURCE_DATE_EPOCH is refused once, before any work
    output, settings, morning = start_morning(output, settings, started=started, typed=args)
    if output == STDIN and console.stdout_closed:
        raise UsageError("standard output is closed; give -o FILE, or leave out -o")

    if output == STDIN and OUTPUT_FORMATS[settings.run.format].binary and console.stdout_is_terminal:
        raise UsageError(f"{settings.run.format} output would garble the terminal; "
                         "redirect it (> note.pdf) or name a file with -o")
    digest = settings.digest.digest
    if digest and "scheduler" in args:
        raise UsageError("--digest is made on this machine; leave out --scheduler")
    _refuse_flags_without_effect(args, digest=digest)
    # A digest (or a morning run) is made here even where briefing.toml or BRIEFING_SCHEDULER name a cluster.
    on_cluster = bool(settings.run.scheduler) and not digest and not morning.here
    cluster = _cluster_runner() if on_cluster else None  # before any work: is Dask installed?
    with closing(morning.open(waiting=lambda: console.say(f"waiting for another run using {morning.state_path}"))):
        settings = morning.for_workers(settings)
        plan = (batch.plan_digest if digest else batch.plan)(names, output=output, options=settings.run)
        try:
            if digest:
                return _digest(plan, settings, console, debug=debug, morning=morning)
            return _brief_all(plan, settings, console, debug=debug, cluster=cluster, morning=morning)
        finally:
            remove_if_empty(plan.created)


def _refuse_flags_without_effect(given: dict[str, object], *, digest: bool) -> None:
    """A flag typed that would change nothing is a mistake to point out; the same keys in
    briefing.toml are taken as defaults for the other kind of run and left alone."""
    kept_for, needs = ("template", "appendix"), "shapes a single note; a digest has its own layout: leave it out"
    if not digest:
        kept_for, needs = ("stories", "similarity"), "shapes a digest: give --digest too, or leave it out"
    typed = next((key for key in kept_for if key in given), None)
    if typed is not None:
        raise UsageError(f"--{typed} {needs}")


def _cluster_runner() -> ModuleType:
    """briefing.cluster, or one line saying what to install (Dask is imported only here)."""
    for module in ("distributed", "fsspec"):
        try:
            import_module(module)
        except ImportError:
            raise UsageError(f"--scheduler {MISSING_EXTRA}") from None
    return import_module("briefing.cluster")


def _brief_all(
    plan: batch.Plan, settings: Settings, console: Console, *, debug: bool, cluster: ModuleType | None = None,
    morning: MorningRun,
) -> int:
    _refuse_one_note_flags(plan, settings, ("title", "source_url", "source_name"))
    work = _Work(plan, console, debug=debug)
    written = 0
    for outcome in work.done(settings, one_note=plan.names is None, cluster=cluster):
        for remark in outcome.remarks if isinstance(outcome, batch.Outcome) else ():
            console.say(f"warning: {remark}")  # a note's own remarks, said here, not in a cluster's worker
        if isinstance(outcome, batch.Landed):  # an archive's notes, gathered in one file (--jsonl)
            console.print(outcome.path)
            written += outcome.notes
        elif not morning.admit(outcome):
            continue  # briefed by an earlier run, or older than --since
        elif outcome.data is None:  # written already: by a cluster's worker, or into its archive's file
            if outcome.written is not None:
                console.print(outcome.written)
                written += 1
        else:
            try:
                destination = fill_title(plan.destination(outcome), outcome.title)
                _deliver(outcome.data, destination, console,
                         landed=partial(morning.written, delivered(outcome, destination)))
                written += 1
            except OutputError as failure:  # this output fails alone: the batch goes on
                console.say(str(failure))
                work.failures.append(failure)
    finished = _finish(morning, console, written=written, failures=work.failures,
                       tally=plan.total > 1 or work.expanded, verb="written")
    return work.exit_status if finished is None else finished


def _digest(plan: batch.Plan, settings: Settings, console: Console, *, debug: bool, morning: MorningRun) -> int:
    """One note of all the inputs: each article is read and briefed in the workers, as in a
    batch; the stories are formed, briefed and rendered here, once all are in."""
    _refuse_one_note_flags(plan, settings, ("source_url", "source_name"))  # --title titles the digest
    if OUTPUT_FORMATS[settings.run.format].render_digest is None:
        raise UsageError(f"the {settings.run.format} format cannot hold a digest")
    work = _Work(plan, console, debug=debug)
    per_article = replace(settings, brief=replace(settings.brief, title=None))
    taken = sorted(((work.order[outcome.source], outcome) for outcome in work.done(per_article, one_note=False)
                    if isinstance(outcome, batch.Outcome) and morning.admit(outcome)
                    and outcome.note is not None), key=lambda pair: pair[0])
    notes = [outcome.note for _, outcome in taken if outcome.note is not None]
    if notes:
        articles = "1 article" if len(notes) == 1 else f"{len(notes)} articles"
        with console.status(f"grouping {articles} into stories and laying out the digest"):
            digest = digest_of(notes, settings.brief, settings.digest)
            data = render_digest(digest, settings.run.format, settings.render)
        destination = plan.destinations[batch.DIGEST]
        destination = fill_title(destination, digest.title)
        _deliver(data, destination, console,
                 landed=partial(morning.written, delivered_digest(digest.title, [o for _, o in taken], destination)))
    finished = _finish(morning, console, written=len(notes), failures=work.failures,
                       tally=plan.total > 1 or work.expanded, verb="digested")
    if finished is not None:
        return finished
    return work.exit_status if notes else max(ExitStatus.USAGE, work.exit_status)  # nothing usable: nothing written


def _finish(
    morning: MorningRun, console: Console, *, written: int, failures: list[BriefingError], tally: bool, verb: str
) -> int | None:
    """The run's last lines: the tally, with what a morning run left out; or, when a morning run
    found nothing new and nothing failed, one line and success (ExitStatus.OK)."""
    morning.finish()
    if morning.active and written == 0 and not failures:
        console.say(morning.nothing_new())
        return ExitStatus.OK
    if tally:
        console.say(f"{written} {verb}, {len(failures)} failed{morning.tally()}")
    return None


def _refuse_one_note_flags(plan: batch.Plan, settings: Settings, keys: tuple[str, ...]) -> None:
    one_note_only = [key for key in keys if getattr(settings.brief, key)]
    if (plan.total > 1 or plan.archives) and one_note_only:  # an archive on a cluster holds many, uncounted yet
        flag = "--" + one_note_only[0].replace("_", "-")
        raise UsageError(f"{flag} describes one article; give one input, or leave it out for a batch")


class _Work:
    """A run's inputs briefed by our own workers or a cluster's: ``done`` yields each outcome to
    deliver, and reports every failure as it comes (one line each), keeping the progress bar
    and the tally."""

    def __init__(self, plan: batch.Plan, console: Console, *, debug: bool) -> None:
        self.plan, self.console, self.debug = plan, console, debug
        self.failures: list[BriefingError] = list(plan.problems)
        self.expanded = False  # a feed gave items, or an archive lines
        self.order: dict[str, tuple[int, ...]] = {  # input order, a feed's items in its place
            source.name: (number,) for number, source in enumerate(plan.sources)}
        for problem in plan.problems:
            console.say(str(problem))
        for line in plan.skipped:  # not a failure: a note is not an article, a pipe not a file in the folder
            console.say(line)

    @property
    def exit_status(self) -> int:
        return max((error.exit_status for error in self.failures), default=ExitStatus.OK)

    def done(
        self, settings: Settings, *, one_note: bool, cluster: ModuleType | None = None
    ) -> Iterator[batch.Outcome | batch.Landed]:
        plan, console = self.plan, self.console
        needs_stdin = any(s.name == STDIN for s in plan.sources)
        stdin = _read_stdin(console, settings.run.max_bytes) if needs_stdin else None
        outcomes: Generator[batch.Outcome | batch.Landed | batch.Found, None, None]
        if cluster is not None:
            outcomes = cluster.run(plan, settings, stdin=stdin, quiet=not self.debug)
        else:
            outcomes = batch.run(plan.sources, settings, stdin=stdin, one_note=one_note)
            outcomes = gather(outcomes, plan.gathered, plan.destinations) if plan.gathered else outcomes
        with console.progress(len(plan.sources)) as progress, closing(outcomes):  # closing ends the workers
            for outcome in outcomes:
                if isinstance(outcome, batch.Found):  # an archive's lines, counted on a cluster
                    self.expanded = self.expanded or outcome.count > 1
                    progress.total = (progress.total or 0) + outcome.count
                    progress.refresh()
                    continue
                if isinstance(outcome, batch.Landed):
                    yield outcome
                    continue
                error = outcome.error
                if outcome.children and error is None:
                    self.expanded = True
                    for number, child in enumerate(outcome.children):
                        self.order[child.name] = (*self.order[outcome.source], number)
                    progress.total = (progress.total or 0) + len(outcome.children)
                    progress.refresh()
                elif error is not None:
                    if self.debug and outcome.detail:
                        console.stderr.write(outcome.detail)
                    hint = DEBUG_HINT if isinstance(error, InternalError) and not self.debug else ""
                    console.say(f"{error}{hint}")
                    self.failures.append(error)
                else:
                    yield outcome
                progress.update()



def _unknown_option(parser: argparse.ArgumentParser, argument: str) -> str:
    """'unknown option --sentence; did you mean --sentences?' (argparse only says 'unrecognized')."""
    if not argument.startswith("-"):
        return f"unrecognized arguments: {argument} (see --help)"
    flags = sorted(set(re.findall(r"--[\w-]+", parser.format_help())))
    close = difflib.get_close_matches(argument.split("=", maxsplit=1)[0], flags, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else " (see --help)"
    return f"unknown option {argument}{hint}"


def _read_stdin(console: Console, max_bytes: int) -> bytes:
    return read_capped(console.stdin, max_bytes)


def _deliver(
    data: bytes, destination: Path | None, console: Console, landed: Callable[[], None] = lambda: None
) -> None:
    """Write the output; then ``landed`` (a morning run records its inputs), before Ctrl-C or
    SIGTERM can stop the run in between."""
    if destination is None:
        console.write_bytes(data)
        landed()
        return
    with stop_signals_held():  # a file written is a file named, even when Ctrl-C comes in between
        write_atomically(destination, data)
        console.print(str(destination))  # a reader of the pipe sees each file as it lands
        landed()


class Terminated(BaseException):
    """SIGTERM arrived. Like KeyboardInterrupt, not an Exception: nothing may catch it as an error."""


@contextmanager
def _terminate_like_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM (`kill`, `timeout`, `docker stop`) unwinds the run as Ctrl-C
    does: temporaries removed, workers ended, finished outputs kept. Only the main thread may set
    signal handlers; elsewhere (a caller's thread) SIGTERM keeps its default."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _raise_terminated(number: int, frame: FrameType | None) -> NoReturn:
    raise Terminated


def main_entry() -> None:
    """The installed ``briefing`` command."""
    _early.release()
    code = main()
    # The run is over and its exit code stands: a signal while the interpreter shuts down would
    # only turn it into a death by signal (or a KeyboardInterrupt traceback).
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_IGN)
    raise SystemExit(code)
