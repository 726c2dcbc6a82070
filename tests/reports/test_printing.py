"""Printed reports are tagged PDFs (PDF/UA-1): real headings, tables with header cells, every chart
a figure with alt text, a language and a title; and whatever sections a report holds print."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from reports.charts import Series
from reports.printing import css_string
from reports.quarterly.model import (
    Cell,
    ChartSpec,
    Filters,
    QuarterlyReport,
    Section,
    Table,
)
from reports.quarterly.pdf import render_pack_pdf, render_quarterly_pdf
from reports.quarterly.period import Quarter
from tests.reports.tagged_pdf import assert_accessible

CHART = ChartSpec("rates", "Response rate by wave", "Bar chart of the share of waves answered.",
                  ("Start", "Middle", "Close"), (Series("Response rate (%)", (80.0, 45.0, None)),),
                  value_max=100, ticks=(0, 25, 50, 75, 100))
TABLE = Table("rates", "Response rates by wave", ("Wave", "Answered", "Rate"),
              ((Cell("Start"), Cell("40", "count", 40), Cell("80%", "percent", 80)),
               (Cell("Middle"), Cell("20", "count", 20), Cell("45%", "percent", 45)),
               (Cell("Close"), Cell("fewer than 8"), Cell("not shown"))),
              notes=("Provisional: reliable change uses assumed figures.",))


def _report(*sections: Section) -> QuarterlyReport:
    return QuarterlyReport(quarter=Quarter.parse("2026Q3"), filters=Filters(),
                           group="Whole council", refusal=None,
                           headlines=("60 cases opened and 60 closed.",), sections=sections,
                           definitions=("Quarters are calendar quarters.",))


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_quarterly_pdf_is_tagged_with_headings_tables_and_a_chart_with_alt_text():
    """H1 for the title, H2 per section, H3 per chart, a Table with TH cells, and the chart a
    Figure whose alt text says what it shows; English, and titled."""
    section = Section("questionnaires", "Questionnaires and response rates", ("Most answered.",),
                      (TABLE,), (CHART,))
    pdf = render_quarterly_pdf(_report(section), council="Testshire")
    elements = assert_accessible(pdf, lang="en-GB",
                                 title="Quarterly report: July to September 2026 \u2013 Whole council")
    tags = [e.tag for e in elements]
    assert tags.index("H1") < tags.index("H2") < tags.index("H3") < tags.index("Figure") \
        < tags.index("Table")
    figure = next(e for e in elements if e.tag == "Figure")
    assert figure.alt == ("Response rate by wave. Bar chart of the share of waves answered.")
    text = _text(pdf)
    # The chart's one-line reading, and the table's note (the provisional-figures note) as on
    # the web page.
    assert "Response rate (%): highest for Start (80), lowest for Middle (45)." in text
    assert "Provisional: reliable change uses assumed figures." in text


def test_a_section_added_to_the_report_prints_with_no_template_change():
    """The template walks the report's sections, charts and tables: a new one just appears."""
    added = Section("reach", "Who we reached", ("Age bands and who answered.",),
                    (Table("reach", "Who answered", ("Who", "People"),
                           ((Cell("Young people"), Cell("25", "count", 25)),)),),
                    (ChartSpec("reach-chart", "Who answered, by role", "Bar chart of who answered.",
                               ("Young people",), (Series("People", (25.0,)),)),))
    pdf = render_quarterly_pdf(_report(added), council="Testshire")
    text = _text(pdf)
    for expected in ("Who we reached", "Who answered, by role", "Who answered Who People",
                     "Young people 25"):
        assert expected in text
    assert [e.tag for e in assert_accessible(
        pdf, lang="en-GB", title="Quarterly report: July to September 2026 \u2013 Whole council")
    ].count("Figure") == 1


def test_the_pack_pdf_shows_its_refusal_as_the_page_does():
    """A pack too small to show says why in the PDF too (it used to print nothing at all)."""
    from reports.coproduction import CoproductionPack

    pack = CoproductionPack("Co-production pack: July to September 2026", "Whole council",
                            "July to September 2026", "Too few families answered this quarter.",
                            ())
    pdf = render_pack_pdf(pack, council="Testshire")
    assert "Too few families answered this quarter." in _text(pdf)
    assert_accessible(pdf, lang="en-GB",
                      title="Co-production pack: July to September 2026 \u2013 Whole council")


@pytest.mark.parametrize(("text", "written"), [
    ("Testshire Council", "Testshire Council"),
    ('The "Bridge" team', 'The \\"Bridge\\" team'),
    ("a\\b", "a\\\\b"),
    ("</style><script>", "\\3c /style>\\3c script>"),
    ("two\nlines", "two lines"),
])
def test_footer_text_is_safe_inside_a_css_string(text, written):
    """A council or team name can never end the footer's CSS string or the style element."""
    assert css_string(text) == written


def test_only_short_tables_and_introductions_are_kept_whole_on_a_page():
    """A long table or introduction kept whole would be pushed to the next page and leave the
    page before it half empty: only short ones are kept whole (the print stylesheet)."""
    from reports.printing import is_short_intro, is_short_table
    from reports.quarterly.model import Cell, Table

    def table(rows: int, words: str) -> Table:
        return Table("t", "A table", ("Row", "Figure"),
                     tuple((Cell(words), Cell("10", "count", 10)) for _ in range(rows)))

    assert is_short_table(table(3, "Fathers and male carers"))
    assert not is_short_table(table(12, "x"))  # many rows
    assert not is_short_table(table(6, "You said school and our workers didn't talk " * 3))
    assert is_short_intro(("Families wrote 305 comments.",))
    assert not is_short_intro(("Members of one family answer alike. " * 30,))
