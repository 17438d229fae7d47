"""What earlier ``--new-only`` runs briefed: a SQLite database of keys (a feed item's guid or link,
a page's final address, an archive line's id, a file's content hash), each with when it was
briefed and where its note went.

One run at a time: a run holds an exclusive lock (``flock`` on ``<database>.lock``) from before its
first read to after its last record, so two overlapping runs (two cron jobs) never both take an
item, and the second waits for the first. The database itself is created whole (built beside its
place, then renamed in), written in SQLite transactions (WAL journal), and a key is recorded only
once its note is in place: a run killed at any moment loses nothing. A file at the database's place
that is not one of ours, or that SQLite finds damaged, is refused (StateError), never replaced.

Workers read the database on their own read-only connections (``remembered``), so an input
already briefed is left out before it is fetched or parsed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from briefing.errors import StateError

APPLICATION_ID = 0x62726966  # "brif": marks a database as ours (PRAGMA application_id)
SCHEMA_VERSION = 1
STATE_FILE_NAME = "state.sqlite"
LOCK_SUFFIX = ".lock"
SCHEMA = """
CREATE TABLE briefed (
    key TEXT PRIMARY KEY,  -- what the input is remembered by
    source TEXT NOT NULL,  -- the input as the run named it
    output TEXT,           -- where its note (or the digest that took it) was written
    briefed_at TEXT NOT NULL  -- UTC, ISO 8601
) WITHOUT ROWID;
CREATE TABLE runs (
    finished_at TEXT NOT NULL,  -- UTC, ISO 8601
    written INTEGER NOT NULL
);
"""


def default_state_path() -> Path:
    """``$XDG_STATE_HOME/briefing/state.sqlite``, else ``~/.local/state/briefing/state.sqlite``."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path("~/.local/state").expanduser())
    return Path(base) / "briefing" / STATE_FILE_NAME


class StateStore:
    """An open state database, locked for this run. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock_file: int | None = None
        self._connection: sqlite3.Connection | None = None

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self, *, waiting: Callable[[], None] | None = None) -> StateStore:
        """Take the lock (waiting for a run that holds it), then open the database, creating it
        if it does not exist, and check it is ours and whole."""
        self._lock(waiting)
        if not self.path.exists():
            _create(self.path)
        self._connection = _connect(self.path)
        return self

    def close(self) -> None:
        for place in [place for place in _readers if place[0] == os.getpid()]:  # this process's readers
            _readers.pop(place).close()
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._lock_file is not None:
            os.close(self._lock_file)  # closing the descriptor releases the flock
            self._lock_file = None

    @property
    def connection(self) -> sqlite3.Connection:
        assert self._connection is not None, "open() the state first"
        return self._connection

    def has(self, key: str) -> bool:
        return self.connection.execute("SELECT 1 FROM briefed WHERE key = ?", (key,)).fetchone() is not None

    def remember(self, keys: Iterable[tuple[str, str]], output: str | None) -> None:
        """Record (key, source) pairs as briefed into ``output``, in one transaction."""
        now = _now()
        with _errors(self.path), self.connection:
            self.connection.executemany(
                "INSERT OR REPLACE INTO briefed (key, source, output, briefed_at) VALUES (?, ?, ?, ?)",
                [(key, source, output, now) for key, source in keys])

    def finish_run(self, written: int) -> None:
        with _errors(self.path), self.connection:
            self.connection.execute("INSERT INTO runs (finished_at, written) VALUES (?, ?)", (_now(), written))

    def last_run(self) -> datetime | None:
        """When the last run that used this database finished, or None before the first."""
        row = self.connection.execute("SELECT max(finished_at) FROM runs").fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM briefed").fetchone()[0])

    def _lock(self, waiting: Callable[[], None] | None) -> None:
        lock_path = self.path.with_name(self.path.name + LOCK_SUFFIX)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock_file = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise StateError(f"cannot open the state's lock file: {error.strerror}", source=str(lock_path)) from None
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if waiting is not None:  # said once, so a scheduler's mail tells why the run took longer
            waiting()
        fcntl.flock(self._lock_file, fcntl.LOCK_EX)  # Ctrl-C or SIGTERM still end the wait


def remembered(path: str, key: str) -> bool:
    """Whether ``key`` is in the state database at ``path``, on this process's own read-only
    connection (a worker's; the run holding the lock writes on another)."""
    connection = _readers.get((os.getpid(), path))
    if connection is None:
        try:
            connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True,
                                         check_same_thread=False)
        except sqlite3.Error as error:
            raise StateError(f"cannot read the state database: {error}", source=path) from None
        _readers[(os.getpid(), path)] = connection
    with _errors(Path(path)):
        return connection.execute("SELECT 1 FROM briefed WHERE key = ?", (key,)).fetchone() is not None


_readers: dict[tuple[int, str], sqlite3.Connection] = {}  # by process: a forked worker opens its own


def _create(path: Path) -> None:
    """A new, empty database, built beside its place and renamed in: a run killed meanwhile
    leaves no half-made database where the next run would find it."""
    handle, temporary = tempfile.mkstemp(prefix=".briefing-state-", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.executescript(SCHEMA + f"PRAGMA application_id = {APPLICATION_ID};"
                                     f"PRAGMA user_version = {SCHEMA_VERSION};")
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise StateError(f"cannot create the state database: {error}", source=str(path)) from None


def _connect(path: Path) -> sqlite3.Connection:
    """The database opened and checked: ours, of a schema we know, and whole."""
    with _errors(path):
        connection = sqlite3.connect(path, timeout=30.0)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if application_id != APPLICATION_ID:
                raise StateError("is not a briefing state database; name another with --state, "
                                 "or move it aside", source=str(path))
            if version != SCHEMA_VERSION:
                raise StateError(f"is a state database of another briefing version (schema {version}, "
                                 f"this one reads {SCHEMA_VERSION})", source=str(path))
            problem = connection.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(problem)
            # Set once it is known to be ours: nothing is written into a file that is not.
            connection.execute("PRAGMA journal_mode = WAL")  # readers (workers) go on while the run records
            connection.execute("PRAGMA synchronous = NORMAL")  # a commit survives a killed process
        except BaseException:
            connection.close()
            raise
    return connection


@contextlib.contextmanager
def _errors(path: Path) -> Iterator[None]:
    """SQLite's errors as one StateError naming the database; it is left as it is."""
    try:
        yield
    except sqlite3.OperationalError as error:  # cannot open, locked, disk full: the file may be fine
        raise StateError(f"cannot use the state database: {error}", source=str(path)) from None
    except sqlite3.DatabaseError as error:
        raise StateError(f"the state database is damaged ({error}); it was left as it is: move it aside "
                         "to start afresh (every input is then new again)", source=str(path)) from None
    except sqlite3.Error as error:
        raise StateError(f"cannot use the state database: {error}", source=str(path)) from None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
