"""--scheduler: the same batch on a Dask cluster gives the same files, names, errors and tally as our
own workers. Most tests use a cluster of threads in this process (it starts in a tenth of a second,
and fsspec's memory file system is shared with its workers); test_cluster_processes.py runs a real
one."""

import io
import json
import math
import os
import signal
import subprocess
import sys

import fsspec
import pytest
from briefing.cli import main
from briefing.cluster import run as cluster
from briefing.errors import OutputError
from briefing.run.console import Console
from distributed import Client

from conftest import SAMPLE, unremarked, write
from test_archives import BAD_LINES, archive, archive_lines, article


@pytest.fixture(scope="module")
def scheduler():
    with Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address="127.0.0.1:0") as client:
        yield client.scheduler.address


@pytest.fixture(autouse=True)
def reproducible(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def inputs(folder):
    write(folder / "in" / "a.txt", article(1))
    write(folder / "in" / "b.md", "# Barrier vote\n\n" + article(2))
    write(folder / "in" / "sub" / "a.txt", article(3))  # another a: a-2
    archive(folder / "in" / "news.jsonl")
    archive(folder / "in" / "old.jsonl.gz", archive_lines()[:2])  # harbour again: harbour-3
    return ["in", "in/sub/a.txt", "in/missing.txt"]


def files(folder):
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def test_a_cluster_writes_the_files_our_own_workers_write(run, tmp_path, scheduler):
    names = inputs(tmp_path)
    here = run(*names, "--format", "json", "--output-dir", "here", "--jobs", "1")
    there = run(*names, "--format", "json", "--output-dir", "there", "--scheduler", scheduler)
    assert (there.code, sorted(unremarked(there.stderr).splitlines())) == (
        here.code, sorted(unremarked(here.stderr).splitlines()))
    assert there.stderr.splitlines()[-1] == "briefing: 8 written, 4 failed"
    assert sorted(there.stdout.replace("there/", "here/").split()) == sorted(here.stdout.split())
    assert files(tmp_path / "there") == files(tmp_path / "here")
    assert sorted(files(tmp_path / "there")) == ["a-2.json", "a.json", "b.json", "harbour-2.json", "harbour-3.json",
                                                 "harbour.json", "news-2.json", "old-2.json"]


def test_bad_lines_of_an_archive_are_one_line_each_on_a_cluster_too(run, tmp_path, scheduler):
    archive(tmp_path / "news.jsonl.gz")
    result = run("news.jsonl.gz", "--format", "md", "--scheduler", scheduler)
    assert result.code == 2
    bad_lines = [line.format(name="news.jsonl.gz") for line in BAD_LINES]
    assert sorted(unremarked(result.stderr).splitlines()[:-1]) == bad_lines
    assert result.stderr.splitlines()[-1] == "briefing: 3 written, 3 failed"


def test_jsonl_files_are_the_same_as_our_own_workers_gather(run, tmp_path, scheduler):
    inputs(tmp_path)
    here = run("in", "--format", "json", "--jsonl", "--output-dir", "here")
    there = run("in", "--format", "json", "--jsonl", "--output-dir", "there", "--scheduler", scheduler)
    assert sorted(unremarked(there.stderr).splitlines()) == sorted(unremarked(here.stderr).splitlines())
    assert there.stderr.endswith("briefing: 7 written, 3 failed\n")
    assert sorted(there.stdout.split()) == ["there/a.json", "there/b.json", "there/news.jsonl", "there/old.jsonl"]
    assert files(tmp_path / "there") == files(tmp_path / "here")  # no part left behind


def test_workers_read_and_write_fsspec_urls(run, tmp_path, scheduler):
    memory = fsspec.filesystem("memory")
    memory.pipe({"/in/a.txt": article(1).encode(), "/in/b.md": article(2).encode(),
                 "/in/news.jsonl": "\n".join(archive_lines()[:2]).encode()})
    result = run("memory://in/*.txt", "memory://in/news.jsonl", "--format", "json", "--output-dir", "memory://out",
                 "--scheduler", scheduler)
    assert (result.code, unremarked(result.stderr)) == (0, "briefing: 3 written, 0 failed\n")
    # written as the workers finish, so in any order
    assert sorted(result.stdout.split()) == ["memory://out/a.json", "memory://out/harbour.json",
                                             "memory://out/news-2.json"]
    local = run(*[write(tmp_path / name, memory.cat(f"/in/{name}").decode()) for name in ("a.txt", "news.jsonl")],
                "--format", "json", "--output-dir", "local")
    notes = {name: json.loads(memory.cat(f"/out/{name}")) for name in ("a.json", "harbour.json")}
    assert notes["a.json"]["source"]["name"] == "memory:///in/a.txt"  # the input as it was found
    assert notes["harbour.json"]["brief"] == json.loads((tmp_path / "local" / "harbour.json").read_text())["brief"]
    assert local.code == 0
    result = run("memory://in/news.jsonl", "--format", "json", "--jsonl", "--output-dir", "memory://out",
                 "--scheduler", scheduler)
    assert (result.code, result.stdout) == (0, "memory://out/news.jsonl\n")
    assert len(memory.cat("/out/news.jsonl").splitlines()) == 2
    assert [path for path in memory.find("/out") if ".parts" in path] == []


def test_urls_and_feed_items_are_named_after_their_titles_by_the_client(run, tmp_path, scheduler):
    feed = ("<rss version='2.0'><channel><title>Post</title>"
            + "".join(f"<item><title>Item {n}</title><link>https://p.example/{n}</link>"
                      f"<description>{' '.join([LEDE_WORDS] * 4)}</description></item>" for n in (1, 2))
            + "</channel></rss>")
    write(tmp_path / "morning.rss", feed)
    here = run("morning.rss", "--format", "json", "--output-dir", "here")
    there = run("morning.rss", "--format", "json", "--output-dir", "there", "--scheduler", scheduler)
    assert (there.code, unremarked(there.stderr)) == (here.code, unremarked(here.stderr)) == (
        0, "briefing: 2 written, 0 failed\n")
    assert sorted(there.stdout.split()) == ["there/item-1.json", "there/item-2.json"]
    assert files(tmp_path / "there") == files(tmp_path / "here")


LEDE_WORDS = " ".join(article(0).split()[:60])


def test_standard_input_is_sent_to_the_workers(run, tmp_path, scheduler):
    result = run("-", "--format", "md", "--scheduler", scheduler, stdin=SAMPLE.read_bytes())
    assert (result.code, result.stdout) == (0, "output/stdin.md\n")
    assert (tmp_path / "output" / "stdin.md").read_text().startswith("# Harbour city approves")


def test_a_worker_inside_the_clients_process_leaves_its_ctrl_c_alone():
    # an in-process cluster's worker set up on the main thread once ignored SIGINT for the whole
    # process, and Ctrl-C then went unheard (a run wrote all 300 notes and said nothing)
    from briefing.cluster.tasks import Warm

    before = signal.getsignal(signal.SIGINT)
    try:
        Warm("json").setup(None)
        assert signal.getsignal(signal.SIGINT) is before
    finally:
        signal.signal(signal.SIGINT, before)


@pytest.fixture
def ctrl_c_heard():
    """Ctrl-C handled as Python does by default, even where the suite was started with SIGINT ignored
    (a shell's background job, nohup): the run keeps an ignored signal ignored, as it should."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_ctrl_c_cancels_what_is_pending_and_names_each_note_written(tmp_path, scheduler, monkeypatch, ctrl_c_heard):
    monkeypatch.chdir(tmp_path)
    for number in range(300):
        write(tmp_path / "in" / f"a{number:03d}.txt", article(number))

    class Interrupted(io.BytesIO):
        def write(self, data):
            if not self.tell():
                os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C as the first path is printed
            return super().write(data)

    stdout, stderr = Interrupted(), io.StringIO()
    text = io.TextIOWrapper(stdout, encoding="utf-8")
    code = main(["in", "--format", "json", "--scheduler", scheduler], console=Console(io.BytesIO(), text, stderr))
    assert (code, unremarked(stderr.getvalue())) == (130, "briefing: interrupted\n")
    named = sorted(line.removeprefix("output/") for line in stdout.getvalue().decode().split())
    assert sorted(path.name for path in (tmp_path / "output").iterdir()) == named  # no temporary either
    chunk = math.ceil(300 / (8 * 2))  # inputs per chunk: 8 chunks for each of the 2 worker threads
    assert len(named) < 300 - 2 * chunk  # the chunks then pending never started


def test_a_folder_the_workers_do_not_see_is_refused(tmp_path, scheduler):
    def elsewhere(folder, token):  # what a worker on another machine answers: the probe is not there
        return ""

    with Client(scheduler) as client, pytest.raises(OutputError) as raised:
        workers = ", ".join(client.scheduler_info()["workers"])
        cluster.check_shared(client, str(tmp_path), probe=elsewhere)
    assert str(raised.value) == (f"{tmp_path}: this folder is not shared with the cluster's workers ({workers}): "
                                 "give a folder they all see, or an s3:// or gs:// URL")
    assert list(tmp_path.iterdir()) == []
    with Client(scheduler) as client:
        cluster.check_shared(client, str(tmp_path))  # shared: no error, no probe left
    assert list(tmp_path.iterdir()) == []


def test_without_the_cluster_extra_scheduler_says_what_to_install(run, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    result = run(SAMPLE, "--scheduler", "local")
    assert (result.code, result.stderr) == (2, "briefing: --scheduler needs the cluster extra (Dask and fsspec): "
                                               "pip install 'briefing[cluster]'\n")


def test_our_own_workers_need_neither_dask_nor_fsspec(run, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.setitem(sys.modules, "fsspec", None)
    archive(tmp_path / "news.jsonl.gz", archive_lines()[:2])
    result = run("news.jsonl.gz", SAMPLE, "--format", "json", "--jsonl", "--jobs", "2")
    assert (result.code, unremarked(result.stderr)) == (0, "briefing: 3 written, 0 failed\n")
    result = run("memory://in/a.txt", "--format", "json")
    assert (result.code, result.stderr) == (2, "briefing: memory://in/a.txt: an fsspec URL is read and written by a "
                                               "Dask cluster's workers; give --scheduler (local: a cluster on this "
                                               "machine)\n")


def test_a_scheduler_that_cannot_be_reached_is_one_line(run):
    result = run(SAMPLE, "--scheduler", "nowhere://scheduler:8786")
    assert result.code == 2
    assert result.stderr.startswith("briefing: nowhere://scheduler:8786: cannot reach the Dask scheduler: ")
    assert len(result.stderr.splitlines()) == 1


def test_a_server_that_is_not_a_dask_scheduler_is_one_line_not_a_hang(run):
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))  # accepts, then hangs up without a word

    def hang_up():
        connection, _ = server.accept()
        connection.close()

    threading.Thread(target=hang_up, daemon=True).start()
    address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
    result = run(SAMPLE, "--scheduler", address)
    server.close()
    assert (result.code, result.stderr) == (
        2, f"briefing: {address}: not a Dask scheduler: it closed the connection without a word\n")


def test_a_file_url_as_output_folder_is_that_folder_and_scheduler_names_take_any_case(run, tmp_path):
    result = run(SAMPLE, "--format", "json", "--output-dir", f"file://{tmp_path}/notes")
    assert (result.code, result.stdout) == (0, f"{tmp_path}/notes/article.json\n")
    assert not (tmp_path / "file:").exists()
    from briefing.options import RunOptions

    assert RunOptions(scheduler="LOCAL").scheduler == "local"
    assert RunOptions(scheduler=" None ").scheduler is None


def test_the_scheduler_comes_from_the_environment_between_config_files_and_flags(run, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    write(tmp_path / "briefing.toml", 'scheduler = "none"\n')
    monkeypatch.setenv("BRIEFING_SCHEDULER", "tcp://scheduler:8786")
    assert run(SAMPLE, "--format", "json").code == 2  # the environment's cluster: Dask is needed
    assert run(SAMPLE, "--format", "json", "--scheduler", "none").code == 0  # the flag sets it back
    monkeypatch.setenv("BRIEFING_SCHEDULER", "")
    assert run(SAMPLE, "--format", "json").code == 0


def test_our_own_workers_never_import_dask(tmp_path):
    """Dask costs about a second to import: only --scheduler pays for it."""
    archive(tmp_path / "news.jsonl", archive_lines()[:2])
    check = ("import sys\nfrom briefing.cli import main\n"
             "main([sys.argv[1], sys.argv[2], '--format', 'json', '--jobs', '2', '--output-dir', sys.argv[3]])\n"
             "print(sorted({'distributed', 'dask', 'fsspec'} & set(sys.modules)))\n")
    completed = subprocess.run([sys.executable, "-c", check, str(SAMPLE), str(tmp_path / "news.jsonl"),
                                str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert (completed.returncode, completed.stdout.splitlines()[-1]) == (0, "[]"), completed.stderr
    assert len(list((tmp_path / "out").iterdir())) == 3
