"""Installed from a wheel, briefing still finds its templates from any working directory."""

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_the_wheel_carries_the_templates_and_works_from_elsewhere(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("briefing-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for template in ("note.html", "note.css", "note.md"):
        assert f"briefing/templates/{template}" in names
    assert {"briefing/web/templates/page.html", "briefing/web/templates/page.css"} <= set(names)  # briefing serve's
    assert not any(name.startswith("tests/") for name in names)

    # Unpacked on its own (no source checkout beside it), the package renders from its own copy.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "story.txt").write_text((ROOT / "examples" / "article.txt").read_text())
    ran = subprocess.run(
        [sys.executable, "-c",
         "import sys; from briefing.render.templating import TEMPLATES_DIR; print(TEMPLATES_DIR); "
         "from briefing.cli import main; sys.exit(main(['story.txt', '--format', 'html']))"],
        capture_output=True, text=True, cwd=elsewhere, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[0] == str(site / "briefing" / "templates")
    assert "Key facts" in (elsewhere / "output" / "story.html").read_text()
