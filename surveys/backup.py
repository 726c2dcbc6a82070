"""Backups and restores, verified table by table.

SQLite is copied with the online backup API (safe while the app runs); PostgreSQL with
`pg_dump --format=custom` and `pg_restore`. Each backup has a manifest beside it (PATH +
".manifest.json") with every table's row count and a SHA-256 over its rows in primary-key order;
a restore checks the restored database against it and fails loudly on any difference.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, create_engine, make_url, select

MANIFEST_SUFFIX = ".manifest.json"


class BackupError(Exception):
    """A backup or restore that could not be made or did not verify; the message says what to do."""


@dataclass(frozen=True)
class TableFingerprint:
    """A table's row count and a checksum over its rows."""

    rows: int
    sha256: str


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | bytes | memoryview):
        return str(bytes(value) if isinstance(value, memoryview) else value)
    return value


def _fingerprint_rows(conn: Connection) -> dict[str, TableFingerprint]:
    metadata = MetaData()
    metadata.reflect(bind=conn)
    found = {}
    for name, table in sorted(metadata.tables.items()):
        order = list(table.primary_key.columns) or list(table.columns)
        digest, rows = hashlib.sha256(), 0
        for row in conn.execute(select(table).order_by(*order)):
            digest.update(json.dumps([_plain(v) for v in row], sort_keys=True,
                                     default=str).encode())
            digest.update(b"\n")
            rows += 1
        found[name] = TableFingerprint(rows, digest.hexdigest())
    return found


def fingerprint(engine: Engine) -> dict[str, TableFingerprint]:
    """Every table's row count and SHA-256 over its rows, ordered by primary key."""
    with engine.connect() as conn:
        return _fingerprint_rows(conn)


def is_empty(engine: Engine) -> bool:
    """Whether the database holds no rows (the migration record aside)."""
    return all(f.rows == 0 for name, f in fingerprint(engine).items() if name != "alembic_version")


def manifest_path(path: Path) -> Path:
    """Where the manifest of a backup file lives."""
    return path.with_name(path.name + MANIFEST_SUFFIX)


def _libpq_url(engine: Engine) -> str:
    url = engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _run(args: list[str]) -> None:
    if shutil.which(args[0]) is None:
        raise BackupError(f"{args[0]} is not installed: install the PostgreSQL client tools")
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(f"{args[0]} failed: {done.stderr.strip()}")


def backup(engine: Engine, output: Path, now: datetime) -> dict:
    """Back the database up to `output`, write the manifest beside it and return it."""
    output = Path(output)
    if output.exists():
        raise BackupError(f"{output} already exists: choose a new file name")
    # The manifest describes exactly what is in the file: the copy itself is fingerprinted
    # (SQLite), or the dump and the fingerprint read one exported snapshot (PostgreSQL), so
    # families answering during the backup cannot make a good backup look damaged.
    if engine.dialect.name == "sqlite":
        source = sqlite3.connect(make_url(str(engine.url)).database)
        target = sqlite3.connect(output)
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
            source.close()
        copy = create_engine(f"sqlite:///{output}")
        try:
            tables = fingerprint(copy)
        finally:
            copy.dispose()
    elif engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            _run(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={output}",
                  f"--dbname={_libpq_url(engine)}"])
            tables = _fingerprint_rows(conn)
            conn.rollback()
    else:
        raise BackupError(f"Backups of {engine.dialect.name} databases are not supported")
    manifest = {"database": engine.dialect.name, "created_at": now.isoformat(),
                "file": output.name,
                "file_sha256": hashlib.sha256(output.read_bytes()).hexdigest(),
                "tables": {name: {"rows": f.rows, "sha256": f.sha256} for name, f in tables.items()}}
    manifest_path(output).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def read_manifest(backup_file: Path) -> dict:
    """The manifest beside a backup file, checked against the file's own checksum."""
    backup_file = Path(backup_file)
    path = manifest_path(backup_file)
    if not backup_file.exists():
        raise BackupError(f"There is no backup file at {backup_file}")
    if not path.exists():
        raise BackupError(f"The manifest {path} is missing: a backup cannot be verified without it")
    manifest = json.loads(path.read_text())
    if hashlib.sha256(backup_file.read_bytes()).hexdigest() != manifest["file_sha256"]:
        raise BackupError(f"{backup_file} does not match its manifest: the file has changed "
                          "or is damaged. Do not restore it")
    return manifest


def differences(manifest: dict, found: dict[str, TableFingerprint]) -> list[str]:
    """Tables whose rows or checksum differ from the manifest, in words."""
    expected = manifest["tables"]
    problems = []
    for name in sorted(set(expected) | set(found)):
        want, got = expected.get(name), found.get(name)
        if want is None or got is None:
            problems.append(f"{name}: table {'missing after restore' if got is None else 'not in backup'}")
        elif want["rows"] != got.rows:
            problems.append(f"{name}: {got.rows} rows, the backup had {want['rows']}")
        elif want["sha256"] != got.sha256:
            problems.append(f"{name}: same number of rows but different contents")
    return problems


def restore(engine: Engine, backup_file: Path, *, force: bool) -> dict:
    """Restore a verified backup into the database, then check every table against the manifest."""
    backup_file = Path(backup_file)
    manifest = read_manifest(backup_file)
    if manifest["database"] != engine.dialect.name:
        raise BackupError(f"This is a {manifest['database']} backup; the database is "
                          f"{engine.dialect.name}")
    if not force and not is_empty(engine):
        raise BackupError("The database already holds data. Restore into an empty database, "
                          "or use --force to replace everything in it")
    engine.dispose()
    if engine.dialect.name == "sqlite":
        source = sqlite3.connect(backup_file)
        target = sqlite3.connect(make_url(str(engine.url)).database)
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
            source.close()
    else:
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              f"--dbname={_libpq_url(engine)}", str(backup_file)])
    engine.dispose()
    problems = differences(manifest, fingerprint(engine))
    if problems:
        raise BackupError("The restored database does not match the backup: " + "; ".join(problems))
    return manifest
