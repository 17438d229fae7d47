"""Settings from the layers a user can set them in, lowest first:

1. the defaults (options.py);
2. the user's file, ``$XDG_CONFIG_HOME/briefing/briefing.toml`` (else ``~/.config/briefing/``);
3. ``briefing.toml`` in the working folder, or the file named by ``--config`` instead;
4. the environment: ``BRIEFING_SCHEDULER`` (set where a cluster runs, like ``DASK_SCHEDULER_ADDRESS``);
5. flags.

Keys are the long flag names (dashes or underscores). Paths in a file (``template``,
``output-dir``) are taken from the file's own folder. A ``briefing.toml`` found in the working
folder, which may have come with whatever was downloaded there, may only name paths inside its
own folder and may not name a Dask scheduler (which would be sent the work, and whose answers a
Dask client unpickles); the user's file, a file named by ``--config``, the environment and flags
may. The three ways to set the brief's length (``sentences``, ``ratio``, ``words``) replace each
other: a layer that sets one of them clears the others set by a lower layer.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefing.errors import UsageError
from briefing.options import SETTING_NAMES, Settings

CONFIG_FILE_NAME = "briefing.toml"
PATH_KEYS = ("template", "output_dir", "state")
LOCAL_SCHEDULERS = ("", "none", "local")  # what a found file may say of the scheduler: no other machine
ENVIRONMENT = {"scheduler": "BRIEFING_SCHEDULER"}  # settings an environment variable may give
DEFAULTS = Settings()


def user_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path("~/.config").expanduser())
    return Path(base) / "briefing" / CONFIG_FILE_NAME


def read_config_file(path: Path) -> dict[str, Any]:
    """The settings in a TOML config file, keyed by setting name, paths taken from its folder."""
    source = str(path)
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except FileNotFoundError:
        raise UsageError("config file not found", source=source) from None
    except IsADirectoryError:
        raise UsageError("config file is a folder, not a file", source=source) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"not valid TOML: {error}", source=source) from None
    except OSError as error:
        raise UsageError(f"cannot read config file: {error.strerror}", source=source) from None
    settings: dict[str, Any] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in SETTING_NAMES:
            raise UsageError(_unknown_key(key), source=source)
        in_folder = name in PATH_KEYS and isinstance(value, str)
        settings[name] = str(path.parent / Path(value).expanduser()) if in_folder else value
    return settings


def _unknown_key(key: str) -> str:
    """'unknown key 'sentence'; did you mean 'sentences'?', else every key there is."""
    keys = [name.replace("_", "-") for name in SETTING_NAMES]
    close = difflib.get_close_matches(key.replace("_", "-").lower(), keys, n=1, cutoff=0.6)
    if close:
        return f"unknown key {key!r}; did you mean {close[0]!r}?"
    return f"unknown key {key!r}; known keys: {', '.join(keys)}"


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    config_path: Path | None = None,
    working_dir: Path | None = None,
    user_config: Path | None = None,
) -> Settings:
    """Defaults < the user's file < ``config_path`` (else ``briefing.toml`` in the working folder,
    if present) < the environment (ENVIRONMENT) < flags."""
    found = config_path is None
    if config_path is None:
        candidate = (working_dir / CONFIG_FILE_NAME) if working_dir else Path(CONFIG_FILE_NAME)
        config_path = candidate if candidate.is_file() else None
    user_config = user_config or user_config_path()
    flags = flags or {}
    settings = DEFAULTS
    for path in (user_config if user_config.is_file() else None, config_path):
        if path is None:
            continue
        try:
            from_file = read_config_file(path)
            if found and path is config_path:
                _confine(from_file, path.parent, ignore=flags)
            settings = settings.merged(from_file)
        except UsageError as error:
            raise UsageError(error.message, source=str(path)) from None
    for key, variable in ENVIRONMENT.items():
        if os.environ.get(variable) is not None:
            try:
                settings = settings.merged({key: os.environ[variable]})
            except UsageError as error:
                raise UsageError(error.message, source=variable) from None
    return settings.merged(flags)


def _confine(settings: Mapping[str, Any], folder: Path, *, ignore: Mapping[str, Any]) -> None:
    """Refuse a path setting that leads out of ``folder`` (links followed), and a scheduler's
    address, unless a flag overrides it: a template runs code in the note's renderer, an output
    folder is written to, and a scheduler is sent every input and answers with pickles."""
    scheduler = settings.get("scheduler")
    if scheduler is not None and ignore.get("scheduler") is None and (
        not isinstance(scheduler, str) or scheduler.strip().lower() not in LOCAL_SCHEDULERS
    ):
        raise UsageError(
            f"scheduler {scheduler!r}: a briefing.toml found in the working folder may not name a Dask "
            "scheduler, which would be sent every input (give it with --config, --scheduler or BRIEFING_SCHEDULER)"
        )
    for key in PATH_KEYS:
        value = settings.get(key)
        if isinstance(value, str) and ignore.get(key) is None and not Path(value).resolve().is_relative_to(
            folder.resolve()
        ):
            raise UsageError(
                f"{key.replace('_', '-')} {value!r} is outside this file's folder; a briefing.toml found "
                "in the working folder may only name files inside it (give it with --config to allow this)"
            )
