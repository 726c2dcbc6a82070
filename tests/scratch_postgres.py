"""A throwaway PostgreSQL cluster to stop and start under a running app (the database-away
tests, web and browser); the `scratch_cluster` fixture in tests/conftest.py wraps it."""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from surveys.records import migrate

PG_BIN = Path("/usr/lib/postgresql/15/bin")
# How long the same app may take to serve again once the database is back.
RECOVERY_SECONDS = 10


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*command: str) -> list[str]:
    # initdb and postgres refuse to run as root.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return list(command)


@contextlib.contextmanager
def scratch_cluster():
    """A throwaway PostgreSQL cluster on a free loopback port: (url, start, stop); skips the test
    when PostgreSQL 15 is not installed."""
    if not (PG_BIN / "initdb").exists() or (os.geteuid() == 0 and not shutil.which("runuser")):
        pytest.skip("PostgreSQL 15's initdb is not installed")
    folder = Path(tempfile.mkdtemp(prefix="fv-faults-pg-"))
    data = folder / "data"
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    subprocess.run(_as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                                "--auth=trust", "--no-sync", "-E", "UTF8"),
                   check=True, capture_output=True, timeout=120)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"

    def start():
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options,
                                    "-l", str(folder / "log"), "-w", "-t", "60", "start"),
                       check=True, capture_output=True, timeout=90)

    def stop():
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast",
                                    "-w", "-t", "60", "stop"),
                       check=True, capture_output=True, timeout=90)

    start()
    try:
        admin = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres",
                              isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE family_voice"))
        admin.dispose()
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/family_voice"
        migrate.upgrade(url)
        yield url, start, stop
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            stop()
        shutil.rmtree(folder, ignore_errors=True)
