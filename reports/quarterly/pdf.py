"""The quarterly report and the co-production pack as PDFs (reportlab), with vector charts.

The PDF renders the same `QuarterlyReport` as the web page, so its figures are the page's.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    Table as PdfTable,
)

from reports.quarterly.model import ChartSpec, QuarterlyReport, Section, Table

TEXT = colors.HexColor("#0b0c0c")
GREY = colors.HexColor("#505a5f")
RULE = colors.HexColor("#b1b4b6")
PAGE_WIDTH = A4[0] - 36 * mm

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("title", parent=_base["Title"], fontName="Helvetica-Bold", fontSize=22,
                            leading=26, alignment=TA_LEFT, textColor=TEXT, spaceAfter=6),
    "h2": ParagraphStyle("h2", parent=_base["Heading2"], fontName="Helvetica-Bold", fontSize=16,
                         leading=20, textColor=TEXT, spaceBefore=12, spaceAfter=6),
    "h3": ParagraphStyle("h3", parent=_base["Heading3"], fontName="Helvetica-Bold", fontSize=12,
                         leading=15, textColor=TEXT, spaceBefore=8, spaceAfter=4),
    "body": ParagraphStyle("body", parent=_base["BodyText"], fontName="Helvetica", fontSize=11,
                           leading=15, textColor=TEXT, spaceAfter=6),
    "small": ParagraphStyle("small", parent=_base["BodyText"], fontName="Helvetica", fontSize=9,
                            leading=12, textColor=GREY, spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5, textColor=TEXT),
    "cell_num": ParagraphStyle("cell_num", fontName="Helvetica", fontSize=8.5, leading=10.5,
                               textColor=TEXT, alignment=2),
    "head": ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5,
                           textColor=TEXT),
    "head_num": ParagraphStyle("head_num", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5,
                               textColor=TEXT, alignment=2),
    "quote": ParagraphStyle("quote", parent=_base["BodyText"], fontName="Helvetica-Oblique",
                            fontSize=11, leading=15, leftIndent=12, textColor=TEXT, spaceAfter=6,
                            borderPadding=(0, 0, 0, 6)),
}


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def _widths(table: Table) -> list[float]:
    """Column widths: each at least its longest word (so no word is broken), the rest of the
    page shared in proportion to how much text each column holds."""
    minimums, weights = [], []
    for i, header in enumerate(table.columns):
        texts = [row[i].text for row in table.rows] or [""]
        words = [w for text in (header, *texts) for w in text.split()] or [""]
        minimums.append(max(stringWidth(w, "Helvetica-Bold", 8.5) for w in words) + 8)
        weights.append(min(sum(len(t) for t in texts) / len(texts), 45) + 1)
    spare = PAGE_WIDTH - sum(minimums)
    if spare <= 0:
        return [PAGE_WIDTH * m / sum(minimums) for m in minimums]
    return [m + spare * w / sum(weights) for m, w in zip(minimums, weights, strict=True)]


def _table(table: Table, break_before: bool = True) -> list:
    """A data table with wrapped cells, its header row repeated on every page it runs onto."""
    widths = _widths(table)
    numeric = [i > 0 and any(row[i].kind != "text" for row in table.rows)
               for i in range(len(table.columns))]
    data = [[Paragraph(escape(c), STYLES["head_num" if numeric[i] else "head"])
             for i, c in enumerate(table.columns)]]
    for row in table.rows:
        data.append([Paragraph(escape(cell.text), STYLES["cell"] if i == 0 or cell.kind == "text"
                               else STYLES["cell_num"]) for i, cell in enumerate(row)])
    pdf_table = PdfTable(data, colWidths=widths, repeatRows=1)
    pdf_table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, TEXT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    flow = [_p(table.caption, "h3"), pdf_table]
    flow += [_p(note, "small") for note in table.notes]
    return [*([CondPageBreak(60 * mm)] if break_before else []), *flow, Spacer(1, 4 * mm)]


def _chart(spec: ChartSpec) -> list:
    drawing = spec.drawing(width=PAGE_WIDTH * 0.85, font_size=10)
    return [_p(spec.title, "h3"), drawing, _p(spec.description, "small"), Spacer(1, 4 * mm)]


def _section(section: Section) -> list:
    """A section; its heading is kept on the page with what follows it, never left alone."""
    opening: list = [_p(section.title, "h2"), *(_p(text) for text in section.paragraphs)]
    opening += [_p(f"\u201c{quote}\u201d", "quote") for quote in section.quotes]
    rest: list = []
    for chart in section.charts:
        rest.append(KeepTogether(_chart(chart)))
    for index, table in enumerate(section.tables):
        rest += _table(table, break_before=bool(section.charts) or index > 0)
    if section.charts:
        return [KeepTogether([*opening, rest[0]]), *rest[1:]]
    return [CondPageBreak(90 * mm), *opening, *rest]


def _bullets(items: Sequence[str]) -> ListFlowable:
    return ListFlowable([ListItem(_p(text), leftIndent=14) for text in items],
                        bulletType="bullet", start="\u2022", leftIndent=14, bulletFontSize=11)


def _footer(council: str, label: str):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(GREY)
        canvas.drawString(18 * mm, 10 * mm, f"{council} \u2013 {label}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()
    return draw


def _document(buffer: io.BytesIO, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                             topMargin=16 * mm, bottomMargin=18 * mm, title=title,
                             author="Family Voice", subject=title, lang="en-GB")


def render_quarterly_pdf(report: QuarterlyReport, *, council: str) -> bytes:
    """The quarterly report as PDF bytes: headlines first, then each section with its charts."""
    buffer = io.BytesIO()
    title = f"{report.title} \u2013 {report.group}"
    doc = _document(buffer, title)
    flow: list = [_p(report.title, "title"), _p(f"{council}. Group: {report.group}.", "body"),
                  _p("Headlines", "h2"), _bullets(report.headlines)]
    for section in report.sections:
        flow += _section(section)
    flow += [CondPageBreak(40 * mm), _p("What the figures include", "h2"),
             _bullets(report.definitions)]
    if report.appendix is not None:
        flow += [CondPageBreak(60 * mm), *_section(report.appendix)]
    footer = _footer(council, title)
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def render_pack_pdf(pack, *, council: str) -> bytes:
    """The co-production pack as PDF bytes, to print for a session with families."""
    buffer = io.BytesIO()
    title = f"{pack.title} \u2013 {pack.group}"
    doc = _document(buffer, title)
    flow: list = [_p(pack.title, "title"), _p(f"{council}. Group: {pack.group}.", "body")]
    for section in pack.sections:
        flow += _section(section)
    footer = _footer(council, title)
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
