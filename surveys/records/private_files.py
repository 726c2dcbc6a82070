"""Files that hold people's data (the SQLite database, backups, subject-access exports, the local
secret key) are created readable and writable by their owner only (0600), never world-readable.

They are created with that mode from the start (os.open with a mode, not write-then-chmod, which
leaves a moment when anyone may open them), and files made by older versions are tightened when
the app next opens them.
"""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

PRIVATE = 0o600
log = logging.getLogger(__name__)


def create_private(path: Path, *, exclusive: bool = False) -> None:
    """Create an empty owner-only file (or tighten an existing one); with exclusive, refuse with
    FileExistsError when it is already there."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else 0)
    os.close(os.open(path, flags, PRIVATE))
    make_private(path)


def write_private(path: Path, data: bytes) -> None:
    """Write data to an owner-only file, replacing what was there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    try:
        os.fchmod(fd, PRIVATE)  # an existing file keeps its old mode through O_CREAT
        with os.fdopen(fd, "wb", closefd=False) as file:
            file.write(data)
    finally:
        os.close(fd)


def replace_private(path: Path, data: bytes) -> None:
    """Write a whole owner-only file that readers in other processes may open at any moment:
    written aside, then renamed over the old one, so a reader sees the old file or the new one,
    never half of one. The folder is made when missing; the aside file never outlives a failure."""
    aside = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private(aside, data)
        os.replace(aside, path)
    finally:
        aside.unlink(missing_ok=True)


def make_private(path: Path) -> None:
    """Take group and other permissions off an existing file; a file someone else owns is left
    as it is, with a warning (changing it would fail, and is theirs to decide)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except FileNotFoundError:
        pass
    except PermissionError:
        log.warning("%s can be read by other users and is not ours to change: chmod 600 it",
                    path)
