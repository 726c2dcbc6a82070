"""The system of record: models, enums, the database, migrations, the audit log, sealing."""
