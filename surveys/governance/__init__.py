"""Data governance: retention, erasure, legal holds, subject access and backups."""
