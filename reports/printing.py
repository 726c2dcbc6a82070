"""Printable reports as tagged, accessible PDFs: print HTML templates rendered by WeasyPrint.

ReportLab's open-source edition writes no structure tree (no tags, no alt text), so screen readers
meet PDFs from it as loose text. WeasyPrint's PDF/UA-1 variant tags the PDF from the HTML itself:
h1-h3 become H1-H3, tables keep their TH headers, an inline <svg> becomes a Figure whose Alt is its
<title>, and <html lang> becomes the document's Lang. Charts are still drawn once, with reportlab's
graphics (`reports.charts`), and reach the PDF as the same SVG the web pages show.

Not pure (it renders templates and PDFs), but needs no Flask app: the CLI, tests and benchmarks
call it directly. Family-facing templates are translated with the family pages' own catalogues.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

from babel.support import NullTranslations, Translations
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from weasyprint import HTML
from weasyprint import __version__ as WEASYPRINT_VERSION
from weasyprint.text.fonts import FontConfiguration

from reports.charts import Series, bar_chart, drawing_to_svg, read_chart
from surveys.records.private_files import replace_private

TEMPLATES = Path(__file__).parent / "templates"
CATALOGUES = Path(__file__).resolve().parents[1] / "surveys" / "translations"
# The width (in points) charts are laid out at: the A4 text column the print stylesheet sets.
CHART_WIDTH = 470.0
ENGLISH = "en_GB"


@lru_cache(maxsize=8)
def translations_for(language: str) -> NullTranslations:
    """The family pages' catalogue for a language (English needs none)."""
    if language == ENGLISH:
        return NullTranslations()
    return Translations.load(str(CATALOGUES), [language])


@lru_cache(maxsize=8)
def _environment(language: str) -> Environment:
    """One template environment per language, so two PDFs drawn at once never share a catalogue."""
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(),
                              extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    environment.install_gettext_translations(translations_for(language), newstyle=True)
    environment.filters["css_string"] = css_string
    environment.globals["numeric_columns"] = numeric_columns
    environment.globals["is_short_table"] = is_short_table
    environment.globals["is_short_intro"] = is_short_intro
    return environment


def _kind(cell) -> str:
    return cell["kind"] if isinstance(cell, Mapping) else cell.kind


def numeric_columns(table) -> list[bool]:
    """Which columns hold figures (any cell not plain text), to align right, headers included;
    the first column heads the rows and is never numeric."""
    columns = table["columns"] if isinstance(table, Mapping) else table.columns
    rows = table["rows"] if isinstance(table, Mapping) else table.rows
    return [index > 0 and any(_kind(row[index]) != "text" for row in rows)
            for index in range(len(columns))]


# A table kept whole on one page: few rows and little text (about a third of an A4 page at
# most). A longer one breaks between rows: kept whole, it would be pushed to the next page with
# its heading and leave the page before it half empty (the demo report's pages 13 and 14 were).
SHORT_TABLE_ROWS = 8
SHORT_TABLE_CHARACTERS = 600
# A section's opening words are kept whole (with its heading) only when short: a long
# introduction, like the methods appendix's, flows from page to page.
SHORT_INTRO_CHARACTERS = 700


def is_short_table(table) -> bool:
    """Whether a table is short enough to keep whole on one page (see above)."""
    rows = table["rows"] if isinstance(table, Mapping) else table.rows
    if len(rows) > SHORT_TABLE_ROWS:
        return False
    text = sum(len(cell["text"] if isinstance(cell, Mapping) else cell.text)
               for row in rows for cell in row)
    return text <= SHORT_TABLE_CHARACTERS


def is_short_intro(paragraphs) -> bool:
    """Whether a section's opening paragraphs are short enough to keep whole with its heading."""
    return sum(len(str(p)) for p in paragraphs) <= SHORT_INTRO_CHARACTERS


def css_string(text: str) -> Markup:
    """Text made safe inside a double-quoted CSS string in a <style> element (the page footer).
    HTML escaping would print "&amp;" there, since a style element's text is not HTML-decoded;
    escaping "<" keeps any "</style>" from ending the element."""
    flat = " ".join(str(text).split())
    return Markup(flat.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c "))


@lru_cache(maxsize=1)
def _fonts() -> FontConfiguration:
    return FontConfiguration()


def chart_figure(key: str, title: str, description: str, categories: Sequence[str],
                 series: Sequence[Series], *, value_min: float = 0.0,
                 value_max: float | None = None, ticks: Sequence[float] | None = None,
                 value_format: str = "{:.0f}", missing_label: str = "not shown",
                 font_size: float = 9.5, bar_height: float | None = None) -> dict:
    """One chart ready to print: its SVG (named by its title and description, which the tagged
    PDF keeps as the figure's alt text) and a one-line reading. Its figures are a table beside
    it: the section's own, or one the caller sets as "table" (a caption, columns and rows)."""
    drawing = bar_chart(categories, series, title=title, value_min=value_min,
                        value_max=value_max, ticks=ticks, value_format=value_format,
                        missing_label=missing_label, width=CHART_WIDTH, font_size=font_size,
                        bar_height=bar_height or font_size * 1.25)
    svg = drawing_to_svg(drawing, title=f"{title}. {description}", desc=description,
                         chart_id=f"print-{key}", css_class="chart")
    return {"key": key, "title": title, "svg": Markup(svg), "table": None,
            "reading": read_chart(categories, series, value_format=value_format)}


def render_pdf(template: str, *, title: str, language: str = ENGLISH, author: str = "",
               context: Mapping[str, object] | None = None, keep: bool = False,
               store: Path | None = None) -> bytes:
    """Render a print template to PDF/UA-1 bytes: tagged, titled, in the given language.

    With `keep` (aggregate reports only, never a family's own PDF), the PDF of the very same
    HTML is drawn once and kept: laying out the pages is most of a PDF's cost, and the HTML
    holds every figure, so a changed figure is a different HTML and a new PDF. With a `store`
    too (REPORT_CACHE_DIR), it is kept there as a file as well, for every process and restart:
    the worker draws the report a commissioner opens first (reports.warming)."""
    html = _environment(language).get_template(template).render(
        title=title, lang=language.replace("_", "-"), author=author, **(context or {}))
    if not keep:
        return _draw(html)
    key = hashlib.sha256(f"{WEASYPRINT_VERSION}\x1f{html}".encode()).hexdigest()
    with _KEPT_LOCK:
        if key in _KEPT_PDFS:
            _KEPT_PDFS.move_to_end(key)
            return _KEPT_PDFS[key]
    stored = store / f"pdf-{key}.pdf" if store is not None else None
    body = _read_stored(stored)
    if body is None:
        body = _draw(html)
        if stored is not None:
            with suppress(OSError):  # a store that cannot be written: drawn again next time
                replace_private(stored, body)
    with _KEPT_LOCK:
        _KEPT_PDFS[key] = body
        while len(_KEPT_PDFS) > _PDFS_KEPT:
            _KEPT_PDFS.popitem(last=False)
    return body


# Aggregate report PDFs kept by their HTML's digest, least recently used first.
_PDFS_KEPT = 16
_KEPT_PDFS: OrderedDict[str, bytes] = OrderedDict()
_KEPT_LOCK = threading.Lock()


def _read_stored(path: Path | None) -> bytes | None:
    """A stored PDF's bytes, or None when there is none (or it cannot be read)."""
    if path is None:
        return None
    try:
        body = path.read_bytes()
    except OSError:
        return None
    return body if body.startswith(b"%PDF-") else None


def _draw(html: str) -> bytes:
    return HTML(string=html, base_url=str(TEMPLATES)).write_pdf(
        pdf_variant="pdf/ua-1", font_config=_fonts())
