"""Backups and restores, verified table by table.

SQLite is copied with the online backup API (safe while the app runs); PostgreSQL with
`pg_dump --format=custom` and `pg_restore`. Each backup has a manifest beside it (PATH +
".manifest.json") with every table's row count and a SHA-256 over its rows in primary-key order;
a restore checks the restored database against it and fails loudly on any difference.

The backup and its manifest are owner-only files (0600). With a backup key (FLASK_BACKUP_KEY, a
Fernet key) the backup file is encrypted: the plain copy is made in a private temporary folder,
fingerprinted, sealed into the output and deleted. The manifest holds counts and checksums, no
rows, so it stays readable JSON.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import Connection, Engine, MetaData, create_engine, make_url, select

from surveys.records.private_files import create_private, write_private

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


def _fernet(key: str | None) -> Fernet | None:
    if not key:
        return None
    try:
        return Fernet(key.encode() if isinstance(key, str) else key)
    except ValueError as error:
        raise BackupError("FLASK_BACKUP_KEY must be a Fernet key (make one with `python -c "
                          "'from cryptography.fernet import Fernet; "
                          "print(Fernet.generate_key().decode())'`)") from error


@contextmanager
def _private_folder() -> Iterator[Path]:
    """A temporary folder only this user can enter, removed with what is in it."""
    with tempfile.TemporaryDirectory(prefix="family-voice-") as folder:  # mode 0700
        yield Path(folder)


def backup(engine: Engine, output: Path, now: datetime, *, key: str | None = None) -> dict:
    """Back the database up to `output` (encrypted when a backup key is given), write the
    manifest beside it, both owner-only, and return the manifest."""
    output = Path(output)
    fernet = _fernet(key)
    try:
        create_private(output, exclusive=True)  # owner-only from the first byte
    except FileExistsError:
        raise BackupError(f"{output} already exists: choose a new file name") from None
    try:
        if fernet is None:
            tables = _copy_database(engine, output)
        else:
            with _private_folder() as folder:
                plain = folder / "plain"
                create_private(plain)
                tables = _copy_database(engine, plain)
                write_private(output, fernet.encrypt(plain.read_bytes()))
    except BaseException:
        output.unlink(missing_ok=True)
        raise
    manifest = {"database": engine.dialect.name, "created_at": now.isoformat(),
                "file": output.name, "encrypted": fernet is not None,
                "file_sha256": hashlib.sha256(output.read_bytes()).hexdigest(),
                "tables": {name: {"rows": f.rows, "sha256": f.sha256} for name, f in tables.items()}}
    write_private(manifest_path(output), (json.dumps(manifest, indent=2) + "\n").encode())
    return manifest


def _copy_database(engine: Engine, output: Path) -> dict[str, TableFingerprint]:
    """Copy the database into `output` (an empty file already made) and fingerprint the copy."""
    # The manifest describes exactly what is in the file: the copy itself is fingerprinted
    # (SQLite), or the dump and the fingerprint read one exported snapshot (PostgreSQL), so
    # families answering during the backup cannot make a good backup look damaged.
    if engine.dialect.name == "sqlite":
        _copy_sqlite(make_url(str(engine.url)).database, output)
        copy = create_engine(f"sqlite:///{output}")
        try:
            return fingerprint(copy)
        finally:
            copy.dispose()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            _run(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={output}",
                  f"--dbname={_libpq_url(engine)}"])
            tables = _fingerprint_rows(conn)
            conn.rollback()
            return tables
    raise BackupError(f"Backups of {engine.dialect.name} databases are not supported")


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


def restore(engine: Engine, backup_file: Path, *, force: bool, key: str | None = None) -> dict:
    """Restore a verified backup (decrypting it with the backup key when it is encrypted) into
    the database, then check every table against the manifest."""
    backup_file = Path(backup_file)
    manifest = read_manifest(backup_file)
    if manifest["database"] != engine.dialect.name:
        raise BackupError(f"This is a {manifest['database']} backup; the database is "
                          f"{engine.dialect.name}")
    fernet = _fernet(key)
    if manifest.get("encrypted") and fernet is None:
        raise BackupError(f"{backup_file} is encrypted: set FLASK_BACKUP_KEY to the key it was "
                          "made with, then restore again")
    if not force and not is_empty(engine):
        raise BackupError("The database already holds data. Restore into an empty database, "
                          "or use --force to replace everything in it")
    if not manifest.get("encrypted"):
        _load(engine, backup_file)
    else:
        try:
            plain_bytes = fernet.decrypt(backup_file.read_bytes())
        except InvalidToken:
            raise BackupError(f"FLASK_BACKUP_KEY does not open {backup_file}: set it to the key "
                              "the backup was made with") from None
        with _private_folder() as folder:
            plain = folder / "plain"
            write_private(plain, plain_bytes)
            del plain_bytes
            _load(engine, plain)
    problems = differences(manifest, fingerprint(engine))
    if problems:
        raise BackupError("The restored database does not match the backup: " + "; ".join(problems))
    return manifest


def _load(engine: Engine, plain: Path) -> None:
    """Replace the database's contents with a plain backup file's."""
    engine.dispose()
    if engine.dialect.name == "sqlite":
        _copy_sqlite(plain, make_url(str(engine.url)).database)
    else:
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              f"--dbname={_libpq_url(engine)}", str(plain)])
    engine.dispose()


def _copy_sqlite(source_path, target_path) -> None:
    """Copy one SQLite database into another with SQLite's online backup API (safe while the
    source is in use)."""
    source, target = sqlite3.connect(source_path), sqlite3.connect(target_path)
    try:
        with target:
            source.backup(target)
    finally:
        target.close()
        source.close()
