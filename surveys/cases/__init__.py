"""Families' cases and their waves (start, middle, close), and the keyworker's dashboard."""
