"""The family pages' translation catalogues: where they live, reading them, compiling them.

The .po files are committed; the .mo files Flask-Babel reads are compiled from them at set-up
(`make setup`, and the test run), never committed. `make translations` re-extracts the wording.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def catalogue_path(language: str) -> Path:
    """The .po file holding one language's wording of the family pages."""
    return TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"


def read_catalogue(language: str) -> Catalog:
    """One language's catalogue as Babel reads it."""
    with catalogue_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def compile_catalogues(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .po under the folder whose .mo is missing or older; return those written.

    Written to a temporary file and renamed, so parallel test workers never read half a file.
    Fuzzy (guessed) entries are left out, as `pybabel compile` does.
    """
    written = []
    for po in sorted(folder.glob("*/LC_MESSAGES/messages.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as handle:
            catalogue = read_po(handle, locale=po.parent.parent.name)
        fd, temporary = tempfile.mkstemp(dir=po.parent, suffix=".mo.tmp")
        with os.fdopen(fd, "wb") as out:
            write_mo(out, catalogue, use_fuzzy=False)
        os.replace(temporary, mo)
        written.append(mo)
    return written
