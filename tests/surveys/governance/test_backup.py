"""Backups round-trip a seeded database, verified table by table, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, make_url, text

from surveys.governance.backup import BackupError, backup, fingerprint, manifest_path, restore
from surveys.records import migrate
from surveys.records.db import make_engine, utcnow
from surveys.records.enums import Role, WaveKind
from tests.factories import add_response, all_items, make_case, wave_of

FAMILY_NAME = "Featherstonehaugh"


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


def _seed(db, make_staff, team):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team, goals=("Calmer mornings",),
                     family_name=FAMILY_NAME)
    add_response(db, wave_of(case, WaveKind.START), case.family.members[0], all_items(3),
                 comments={"helped": "The group"})


@pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")), reason="SQLite run only")
def test_sqlite_backup_and_restore_round_trip(app, runner, db, make_staff, team, tmp_path):
    _seed(db, make_staff, team)
    before = fingerprint(app.extensions["fv_engine"])
    path = tmp_path / "fv.db"
    result = runner.invoke(args=["backup", "--output", str(path)])
    assert result.exit_code == 0, result.output
    assert "answers" in result.output and path.exists()
    manifest = json.loads(manifest_path(path).read_text())
    assert manifest["tables"]["family_members"]["rows"] == 2

    refused = runner.invoke(args=["restore", "--input", str(path)])
    assert refused.exit_code != 0 and "already holds data" in refused.output

    target = f"sqlite:///{tmp_path / 'restored.db'}"
    migrate.upgrade(target)
    engine = make_engine(target)
    restore(engine, path, force=False)
    assert fingerprint(engine) == before
    engine.dispose()


def test_restore_fails_loudly_when_the_backup_was_changed(app, db, make_staff, team, tmp_path):
    _seed(db, make_staff, team)
    engine = app.extensions["fv_engine"]
    path = tmp_path / "fv.backup"
    backup(engine, path, utcnow())
    manifest = json.loads(manifest_path(path).read_text())
    manifest["tables"]["answers"]["rows"] += 1
    manifest_path(path).write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="answers: .* rows, the backup had"):
        restore(engine, path, force=True)
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(BackupError, match="does not match its manifest"):
        restore(engine, path, force=True)


@pytest.fixture
def scratch_postgres():
    """Two scratch PostgreSQL databases (source and target), dropped afterwards."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        pytest.skip("needs TEST_DATABASE_URL (PostgreSQL)")
    if not shutil.which("pg_dump") or not shutil.which("pg_restore"):
        pytest.skip("pg_dump and pg_restore are not installed")
    base = make_url(re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url))
    names = [f"fv_backup_{uuid.uuid4().hex[:8]}_{side}" for side in ("src", "dst")]
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield [base.set(database=n).render_as_string(hide_password=False) for n in names]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_postgresql_backup_and_restore_round_trip(scratch_postgres, tmp_path):
    from sqlalchemy.orm import Session

    from surveys.records.models import AuditEvent, Locality, Team
    from surveys.records.staff import StaffUser

    source_url, target_url = scratch_postgres
    migrate.upgrade(source_url)
    source = make_engine(source_url)
    with Session(source) as db:
        team = Team(name="North team", locality=Locality(name="North"))
        keyworker = StaffUser(email="k@example.gov.uk", display_name="K", role=Role.KEYWORKER,
                              team=team, password_hash="x")
        db.add_all([team, keyworker, AuditEvent(action="sign_in")])
        db.commit()
        case = make_case(db, keyworker, team)
        add_response(db, wave_of(case, WaveKind.START), case.family.members[0], all_items(3),
                     comments={"helped": "The group"})
    before = fingerprint(source)
    path = tmp_path / "fv.dump"
    backup(source, path, utcnow())
    source.dispose()

    migrate.upgrade(target_url)
    target = make_engine(target_url)
    restore(target, path, force=False)
    assert fingerprint(target) == before
    assert before["answers"].rows > 0
    with pytest.raises(BackupError, match="already holds data"):
        restore(target, path, force=False)
    restore(target, path, force=True)
    with target.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM audit_events"))  # the restored triggers still hold
    target.dispose()


def test_a_postgresql_backup_taken_while_families_answer_still_verifies(scratch_postgres, tmp_path,
                                                                         monkeypatch):
    """A write that lands while pg_dump runs is in neither the dump nor its manifest: both read
    one snapshot, so the restore verifies instead of reporting a damaged backup."""
    import surveys.governance.backup as backup_module
    from surveys.records.models import AuditEvent

    source_url, target_url = scratch_postgres
    migrate.upgrade(source_url)
    source = make_engine(source_url)
    with source.begin() as conn:
        conn.execute(AuditEvent.__table__.insert().values(action="sign_in", at=utcnow()))
    real_run = backup_module._run

    def run_while_a_family_answers(args):
        with source.begin() as conn:  # another request commits as the dump starts
            conn.execute(AuditEvent.__table__.insert().values(action="sign_in", at=utcnow()))
        real_run(args)

    monkeypatch.setattr(backup_module, "_run", run_while_a_family_answers)
    path = tmp_path / "busy.dump"
    manifest = backup(source, path, utcnow())
    assert manifest["tables"]["audit_events"]["rows"] == 1  # the snapshot, not the later write
    assert fingerprint(source)["audit_events"].rows == 2
    source.dispose()
    monkeypatch.setattr(backup_module, "_run", real_run)

    migrate.upgrade(target_url)
    target = make_engine(target_url)
    restore(target, path, force=False)
    assert fingerprint(target)["audit_events"].rows == 1
    target.dispose()


@pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")), reason="SQLite run only")
def test_an_sqlite_manifest_describes_the_copy_itself(app, db, make_staff, team, tmp_path):
    _seed(db, make_staff, team)
    engine = app.extensions["fv_engine"]
    path = tmp_path / "copy.db"
    manifest = backup(engine, path, utcnow())
    copy = create_engine(f"sqlite:///{path}")
    assert {name: t["rows"] for name, t in manifest["tables"].items()} == \
        {name: f.rows for name, f in fingerprint(copy).items()}
    copy.dispose()


def test_backups_and_manifests_are_readable_by_their_owner_only(app, runner, db, make_staff, team,
                                                                 tmp_path):
    _seed(db, make_staff, team)
    path = tmp_path / "plain.backup"
    result = runner.invoke(args=["backup", "--output", str(path)])
    assert result.exit_code == 0, result.output
    assert "NOT encrypted (set FLASK_BACKUP_KEY" in result.output
    assert _mode(path) == 0o600 and _mode(manifest_path(path)) == 0o600
    assert json.loads(manifest_path(path).read_text())["encrypted"] is False


def test_an_encrypted_backup_hides_the_data_and_restores_only_with_its_key(
        app, runner, db, make_staff, team, tmp_path, migrated_template):
    """With FLASK_BACKUP_KEY the file is Fernet-encrypted (no family name in its bytes); a
    restore without the key, or with another, refuses and says what to do."""
    _seed(db, make_staff, team)
    engine = app.extensions["fv_engine"]
    before = fingerprint(engine)
    key = Fernet.generate_key().decode()
    app.config["BACKUP_KEY"] = key
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "sealed.backup"
    result = runner.invoke(args=["backup", "--output", str(path)])
    assert result.exit_code == 0, result.output
    assert "encrypted with FLASK_BACKUP_KEY" in result.output
    assert FAMILY_NAME.encode() not in path.read_bytes()
    assert FAMILY_NAME.encode() not in manifest_path(path).read_bytes()
    assert _mode(path) == 0o600 and _mode(manifest_path(path)) == 0o600
    # No plain copy is left beside it.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, manifest_path(path).name]
    assert json.loads(manifest_path(path).read_text())["encrypted"] is True

    with pytest.raises(BackupError, match="is encrypted: set FLASK_BACKUP_KEY"):
        restore(engine, path, force=True)
    with pytest.raises(BackupError, match="FLASK_BACKUP_KEY does not open"):
        restore(engine, path, force=True, key=Fernet.generate_key().decode())
    with pytest.raises(BackupError, match="must be a Fernet key"):
        restore(engine, path, force=True, key="not-a-key")
    del app.config["BACKUP_KEY"]
    refused = runner.invoke(args=["restore", "--input", str(path), "--force"])
    assert refused.exit_code != 0 and "is encrypted: set FLASK_BACKUP_KEY" in refused.output

    with db.begin():  # empty every table the family is in, then bring it back from the backup
        db.execute(text("DELETE FROM comments"))
    assert fingerprint(engine) != before
    manifest = restore(engine, path, force=True, key=key)
    assert manifest["encrypted"] is True and fingerprint(engine) == before


@pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")), reason="SQLite run only")
def test_the_sqlite_database_and_its_wal_are_owner_only(app, db, make_staff, team, tmp_path):
    """Created owner-only (so SQLite makes -wal and -shm the same), and a database left readable
    by an older version is tightened when the app opens it."""
    _seed(db, make_staff, team)
    path = Path(make_url(app.config["DATABASE_URL"]).database)
    for suffix in ("", "-wal", "-shm"):
        assert _mode(path.with_name(path.name + suffix)) == 0o600, suffix
    (tmp_path / "fresh").mkdir()
    fresh = tmp_path / "fresh" / "fresh.db"
    engine = make_engine(f"sqlite:///{fresh}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
        assert {p.name: _mode(p) for p in fresh.parent.iterdir()} == {
            "fresh.db": 0o600, "fresh.db-wal": 0o600, "fresh.db-shm": 0o600}
    engine.dispose()
    fresh.chmod(0o644)
    make_engine(f"sqlite:///{fresh}").dispose()
    assert _mode(fresh) == 0o600


def test_the_local_secret_key_file_is_owner_only(tmp_path):
    from surveys.web.config import _instance_secret_key

    key = _instance_secret_key(str(tmp_path))
    assert _mode(tmp_path / "secret-key") == 0o600 and len(key) > 40
    (tmp_path / "secret-key").chmod(0o644)
    assert _instance_secret_key(str(tmp_path)) == key and _mode(tmp_path / "secret-key") == 0o600


def test_an_encrypted_postgresql_backup_round_trips(scratch_postgres, tmp_path):
    from sqlalchemy.orm import Session

    from surveys.records.models import Locality, Team
    from surveys.records.staff import StaffUser

    source_url, target_url = scratch_postgres
    migrate.upgrade(source_url)
    source = make_engine(source_url)
    with Session(source) as db:
        team = Team(name="North team", locality=Locality(name="North"))
        keyworker = StaffUser(email="k@example.gov.uk", display_name="K", role=Role.KEYWORKER,
                              team=team, password_hash="x")
        db.add_all([team, keyworker])
        db.commit()
        make_case(db, keyworker, team, family_name=FAMILY_NAME)
    before = fingerprint(source)
    key = Fernet.generate_key().decode()
    path = tmp_path / "fv.dump"
    backup(source, path, utcnow(), key=key)
    source.dispose()
    assert FAMILY_NAME.encode() not in path.read_bytes() and _mode(path) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, manifest_path(path).name]

    migrate.upgrade(target_url)
    target = make_engine(target_url)
    with pytest.raises(BackupError, match="is encrypted"):
        restore(target, path, force=False)
    restore(target, path, force=False, key=key)
    assert fingerprint(target) == before
    target.dispose()
