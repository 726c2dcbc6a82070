"""The quarterly report and the co-production pack as tagged, accessible PDFs (PDF/UA-1).

The PDF renders the same `QuarterlyReport` as the web page, so its figures are the page's; the
print templates walk the report's sections, charts and tables, so a section added to the report
reaches the PDF without template work.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reports.printing import chart_figure, render_pdf
from reports.quarterly.model import QuarterlyReport, Section

# Sections whose paragraphs are a numbered list (the pack's questions), as on the web page.
NUMBERED_SECTIONS = frozenset({"questions"})


def _charts(sections: Sequence[Section]) -> dict[str, dict]:
    """Every chart in these sections, drawn for print; each sits above the section's tables,
    which hold its figures ("the figures are in the table below")."""
    return {spec.key: chart_figure(spec.key, spec.title, spec.description, spec.categories,
                                   spec.series, value_min=spec.value_min,
                                   value_max=spec.value_max, ticks=spec.ticks,
                                   value_format=spec.value_format,
                                   missing_label=spec.missing_label)
            for section in sections for spec in section.charts}


def render_quarterly_pdf(report: QuarterlyReport, *, council: str, store: Path | None = None) -> bytes:
    """The quarterly report as PDF bytes: headlines first, then each section with its charts;
    kept in `store` (REPORT_CACHE_DIR) when given, for every process (printing.render_pdf)."""
    title = f"{report.title} \u2013 {report.group}"
    sections = (*report.sections, *((report.appendix,) if report.appendix else ()))
    return render_pdf("print/quarterly.html", title=title, author=council, context={
        "report": report, "council": council, "charts": _charts(sections),
        "numbered_sections": NUMBERED_SECTIONS, "footer": f"{council} \u2013 {title}",
        "page_word": "Page"}, keep=True, store=store)


def render_pack_pdf(pack, *, council: str) -> bytes:
    """The co-production pack as PDF bytes, to print for a session with families."""
    title = f"{pack.title} \u2013 {pack.group}"
    return render_pdf("print/pack.html", title=title, author=council, context={
        "pack": pack, "council": council, "charts": _charts(pack.sections),
        "numbered_sections": NUMBERED_SECTIONS, "footer": f"{council} \u2013 {title}",
        "page_word": "Page"}, keep=True)
