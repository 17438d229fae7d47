"""Settings from the layers a user can set them in: defaults < config file < flags.

The config file is ``briefing.toml`` in the working directory, or the one named by ``--config``;
its keys are the long flag names (dashes or underscores). The three ways to set the brief's length
(``sentences``, ``ratio``, ``words``) replace each other: a layer that sets one of them clears the
others set by a lower layer.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import UsageError
from .options import SETTING_NAMES, Settings

CONFIG_FILE_NAME = "briefing.toml"
DEFAULTS = Settings()


def read_config_file(path: Path) -> dict[str, Any]:
    """The settings in a TOML config file, keyed by setting name. Keys are the long flag names."""
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
            known = ", ".join(name.replace("_", "-") for name in SETTING_NAMES)
            raise UsageError(f"unknown key {key!r}; known keys: {known}", source=source)
        settings[name] = value
    return settings


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    config_path: Path | None = None,
    working_dir: Path | None = None,
) -> Settings:
    """Defaults < config file < flags. Without ``config_path``, ``briefing.toml`` is read if present."""
    if config_path is None:
        candidate = (working_dir or Path.cwd()) / CONFIG_FILE_NAME
        config_path = candidate if candidate.is_file() else None
    settings = DEFAULTS
    if config_path is not None:
        try:
            settings = settings.merged(read_config_file(config_path))
        except UsageError as error:
            raise UsageError(error.message, source=str(config_path)) from None
    return settings.merged(flags or {})
