"""Every command the README and the documentation pages show runs as written, after the quick start.

Shell blocks fenced ```sh are run a line at a time, in a copy of examples/, with the clone's
environment on PATH: a `make` line is the quick start itself (CI runs it) and `. .venv/bin/activate`
is what that PATH already does. Blocks that start servers or a cluster, or need the benchmark data,
are fenced ```console and say so in the page. A page whose commands are one script is run by a test
of its own (OWN_TESTS)."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

DOCS = ROOT / "docs"
OWN_TESTS = {"browser.md": "tests/test_web_api.py", "scheduling.md": "tests/test_scheduling_docs.py"}
FENCES = {"sh", "console", "python", "json", "toml", "text", "crontab", "ini"}


def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def blocks(page: Path, fence: str) -> list[str]:
    return re.findall(rf"^```{fence}\n(.*?)^```", page.read_text(encoding="utf-8"), re.DOTALL | re.MULTILINE)


def shell_commands(page: Path) -> list[str]:
    commands = []
    for block in blocks(page, "sh"):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command and not command.startswith((". .venv", "make ")):
                commands.append(command)
    return commands


def shown_commands() -> list[str]:
    """Each command once, however many pages show it."""
    commands = [command for page in pages() if page.name not in OWN_TESTS for command in shell_commands(page)]
    return list(dict.fromkeys(commands))


def run(command: str, cwd: Path, *, executable: str = "bash") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
                   "XDG_CONFIG_HOME": str(cwd / "config"), "XDG_STATE_HOME": str(cwd / "state")}
    arguments = ["bash", "-o", "pipefail", "-c", command] if executable == "bash" else [sys.executable, "-c", command]
    return subprocess.run(arguments, cwd=cwd, env=environment, capture_output=True, text=True, timeout=120)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


@pytest.mark.parametrize("command", shown_commands())
def test_a_shown_command_runs_as_written(command, clone):
    completed = run(command, clone)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr


def test_the_readme_walks_a_newcomer_through_a_dozen_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(readme) <= 250
    quick_start = readme.index("## Quick start")
    assert quick_start < 40 and "make sample" in "\n".join(readme[quick_start:40])
    assert len(shell_commands(ROOT / "README.md")) >= 12
    assert "docs/images/note.png" in "\n".join(readme[:40])


def test_every_page_shows_only_fences_the_tests_know():
    for page in pages():
        fences = set(re.findall(r"^```(\w+)", page.read_text(encoding="utf-8"), re.MULTILINE))
        assert fences <= FENCES, (page.name, fences - FENCES)


def test_a_page_with_a_test_of_its_own_shows_only_the_block_that_test_runs():
    for page in OWN_TESTS:  # a second block there would be shown and never run
        assert len(blocks(DOCS / page, "sh")) == 1, page


def test_the_usage_page_shows_the_everyday_commands():
    assert len(shell_commands(DOCS / "usage.md")) >= 10


def test_the_python_api_examples_run_as_written(clone):
    note, batch = blocks(DOCS / "api.md", "python")
    completed = run(note + '\nassert pdf.startswith(b"%PDF-") and digest.stories\n', clone, executable="python")
    assert completed.returncode == 0, completed.stderr
    completed = run(batch, clone, executable="python")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[-1] == "5 []"  # the article and the inbox's four
    assert len(list((clone / "notes").glob("*.json"))) == 5


@pytest.mark.parametrize("page", [ROOT / "README.md", DOCS / "settings.md"], ids=lambda page: page.name)
def test_the_sample_settings_file_is_valid_and_keeps_the_default_method(page, clone):
    (sample,) = blocks(page, "toml")
    assert "method" not in sample
    (clone / "briefing.toml").write_text(sample, encoding="utf-8")
    completed = run("briefing examples/article.txt --format json -o -", clone)
    assert completed.returncode == 0, completed.stderr
    settings = json.loads(completed.stdout)["settings"]
    assert (settings["method"], settings["sentences"], settings["facts"]) == ("newsrank", 2, 5)
