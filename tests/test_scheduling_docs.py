"""docs/scheduling.md: the cron line and the systemd service run as written, twice (a morning
with news, then one without), in a home folder of their own with a local feed."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

DOC = ROOT / "docs" / "scheduling.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text(), re.DOTALL)


def cron_command() -> str:
    lines = [line for line in blocks("crontab")[0].splitlines() if line.strip() and not line.startswith("#")]
    assert len(lines) == 1
    fields = lines[0].split(maxsplit=5)
    assert all(re.fullmatch(r"[\d*,/-]+", field) for field in fields[:5]), fields
    return fields[5]


def unit(name: str) -> dict[str, str]:
    text = next(block for block in blocks("ini") if block.startswith(f"# ~/.config/systemd/user/{name}"))
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))


@pytest.fixture
def home(tmp_path):
    """A home with ~/briefings/feeds.txt naming a local feed, and briefing where pipx puts it."""
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    shutil.copy(ROOT / "examples" / "morning.rss", briefings / "town.rss")
    (briefings / "feeds.txt").write_text("town.rss\n")
    (tmp_path / ".local" / "bin").mkdir(parents=True)
    (tmp_path / ".local" / "bin" / "briefing").symlink_to(Path(sys.executable).parent / "briefing")
    return tmp_path


def environment(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home), "PATH": f"{home / '.local/bin'}:/usr/bin:/bin",
            "XDG_STATE_HOME": str(home / ".local" / "state"), "XDG_CONFIG_HOME": str(home / ".config")}


def morning_and_next(home: Path, run) -> None:  # type: ignore[no-untyped-def]
    first = run()
    assert first.returncode == 0, first.stderr
    digests = sorted((home / "briefings" / "digests").glob("*.pdf"))
    assert len(digests) == 1 and re.fullmatch(r"\d{4}-\d{2}-\d{2}\.pdf", digests[0].name)
    assert (home / "briefings" / "digests" / "index.html").is_file()
    assert (home / ".local" / "state" / "briefing" / "state.sqlite").is_file()
    second = run()
    assert second.returncode == 0, second.stderr
    assert second.stdout == ""  # nothing for the scheduler to mail
    assert len(list((home / "briefings" / "digests").glob("*.pdf"))) == 1


def test_the_cron_line_runs_as_written(home):
    command = cron_command()

    def run():  # type: ignore[no-untyped-def]
        return subprocess.run(["/bin/sh", "-c", command], env=environment(home), capture_output=True,
                              text=True, timeout=300)

    morning_and_next(home, run)
    log = (home / "briefings" / "briefing.log").read_text()
    assert "2 digested, 0 failed" in log and "nothing new since" in log


def test_the_systemd_service_runs_as_written(home):
    service = unit("briefing.service")
    assert service["Type"] == "oneshot"
    folder = Path(service["WorkingDirectory"].replace("%h", str(home)))
    argv = shlex.split(service["ExecStart"].replace("%h", str(home)))  # systemd quotes as a shell does here

    def run():  # type: ignore[no-untyped-def]
        return subprocess.run(argv, cwd=folder, env=environment(home), capture_output=True, text=True, timeout=300)

    morning_and_next(home, run)


def test_the_timer_names_its_calendar_and_catches_up():
    timer = unit("briefing.timer")
    assert timer["OnCalendar"] == "Mon..Fri 07:00" and timer["Persistent"] == "true"
    assert timer["WantedBy"] == "timers.target"
    analyze = shutil.which("systemd-analyze")
    if analyze is not None:  # where systemd is installed, it reads the calendar as we do
        checked = subprocess.run([analyze, "calendar", timer["OnCalendar"]], capture_output=True, text=True)
        assert checked.returncode == 0 and "Mon..Fri *-*-* 07:00:00" in checked.stdout


def test_the_readme_points_to_the_page():
    assert "docs/scheduling.md" in (ROOT / "README.md").read_text()


def by_hand_commands() -> list[str]:
    page = DOC.read_text()
    start = page.index("## By hand")
    section = page[start: page.index("\n## ", start + 1)]
    return [re.sub(r"\s+#.*$", "", line).strip() for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)
            for line in block.splitlines() if line.strip()]


def test_the_commands_run_by_hand_run_as_written(tmp_path):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = {**environment(tmp_path), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    commands = by_hand_commands()
    assert len(commands) == 2
    for command in [commands[0], *commands]:
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    assert "nothing new since" in subprocess.run(["bash", "-c", commands[0]], cwd=tmp_path, env=env,
                                                 capture_output=True, text=True, timeout=300).stderr
    assert (tmp_path / "notes" / "index.html").is_file()
    assert len(list((tmp_path / "digests").glob("*.html"))) == 1
