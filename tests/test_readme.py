"""Every command the README's Use section shows runs as written, after the quick start."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def use_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Use\n") : readme.index("**Inputs.**")]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command and not command.startswith(". .venv"):
                commands.append(command)
    return commands


@pytest.mark.parametrize("command", use_commands())
def test_a_use_command_runs_as_written(command, tmp_path):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    completed = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=environment,
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr


def test_the_use_section_shows_commands():
    assert len(use_commands()) >= 6
