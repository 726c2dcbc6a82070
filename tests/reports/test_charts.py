"""Charts: one reportlab drawing, rendered to an accessible CSP-safe SVG and into a PDF."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from reportlab.graphics import renderPDF

from reports.charts import Series, area_chart, bar_chart, drawing_to_svg, read_chart

SVG = "{http://www.w3.org/2000/svg}"
WAVES = (Series("Start", (2.0, None)), Series("Middle", (3.0, 3.5)), Series("Close", (4.25, 5.0)))


def _svg(**kwargs) -> str:
    drawing = area_chart(["Hopes and plans", "Overall"], WAVES, title="Scores")
    return drawing_to_svg(drawing, title="Grace's scores", desc="Bars from 1 to 5.", **kwargs)


def test_svg_is_an_image_named_by_its_title_and_described():
    """Screen readers hear the title as the chart's name and the description after it."""
    root = ET.fromstring(_svg())
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert root.get("aria-labelledby") == title.get("id")
    assert title.text == "Grace's scores"
    assert root.get("aria-describedby") == desc.get("id")
    assert desc.text == "Bars from 1 to 5."


def test_svg_has_no_style_attributes_or_fixed_size_for_the_csp_and_small_screens():
    """A strict CSP refuses style="" attributes; a fixed width would overflow a phone."""
    markup = _svg()
    assert "style=" not in markup
    root = ET.fromstring(markup)
    assert root.get("width") is None and root.get("viewBox")
    assert "<!DOCTYPE" not in markup


def test_each_bar_is_labelled_with_its_series_and_value():
    """Colour never carries meaning alone: every bar says which wave it is and its score."""
    texts = [t.text for t in ET.fromstring(_svg()).iter(f"{SVG}text")]
    for expected in ("Start", "Middle", "Close", "2.0", "3.0", "4.2", "3.5", "5.0", "no score",
                     "Hopes and plans", "Overall"):
        assert expected in texts


def test_two_charts_on_one_page_never_share_an_id():
    """Ids (clip paths, title, desc) are prefixed per chart."""
    first, second = _svg(chart_id="chart-grace"), _svg(chart_id="chart-tobi")
    ids = re.findall(r'id="([^"]+)"', first) + re.findall(r'id="([^"]+)"', second)
    assert len(ids) == len(set(ids))
    assert 'clip-path="url(#chart-grace-clip)"' in first


def test_series_must_have_one_value_per_category():
    """A short series is a programming mistake, caught early."""
    with pytest.raises(ValueError, match="values for"):
        bar_chart(["a", "b"], [Series("x", (1.0,))], title="t")


def test_the_same_drawing_renders_into_a_pdf():
    """PDFs use the very drawing the page shows."""
    drawing = bar_chart(["Q1", "Q2", "Q3"], [Series("North", (1.0, 2.0, 3.0)),
                                            Series("South", (2.0, 2.5, 2.0))], title="t")
    assert renderPDF.drawToString(drawing).startswith(b"%PDF")
    assert drawing.title == "t"


@pytest.mark.parametrize("values", [(2.8, 3.4), (3.95, 1.0), (None, 4.1), (2.0, 5.0)])
def test_no_gridline_runs_through_a_value_label(values):
    """Gridlines stop short of each bar's value (and of "no score"), so every label reads
    cleanly in print; they still run behind the bars."""
    from reportlab.graphics.shapes import Line, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    drawing = area_chart(["Getting on as a family"], [Series("Start", (values[0],)),
                                                      Series("Close", (values[1],))], title="t")
    labels = [s for s in drawing.contents if isinstance(s, String)
              and (s.text[0].isdigit() or s.text == "no score") and s.fontSize == 11.0]
    gridlines = [line for line in drawing.contents if isinstance(line, Line)
                 and line.strokeDashArray]
    assert gridlines and len(labels) == 2
    for label in labels:
        left = label.x
        right = label.x + stringWidth(label.text, label.fontName, label.fontSize)
        for line in gridlines:
            low, high = sorted((line.y1, line.y2))
            crosses_row = low <= label.y + 4 <= high
            assert not (crosses_row and left - 1 <= line.x1 <= right + 1), (label.text, line.x1)


@pytest.mark.parametrize(("series", "reading"), [
    ((Series("Response rate (%)", (80.0, 45.0, None)),),
     "Response rate (%): highest for Start (80), lowest for Middle (45)."),
    ((Series("Response rate (%)", (None, None, None)),), "No figures can be shown yet."),
    ((Series("Start", (2.0, 3.0, 3.0)), Series("Close", (3.5, 2.5, 3.0))),
     "Close is higher than start for 1 of the 3 compared, lower for 1 and the same for 1; "
     "the biggest difference is for Start (2 to 4)."),
    ((Series("Start", (2.0, None, 3.0)), Series("Close", (2.0, 4.0, 3.0))),
     "Close is higher than start for 0 of the 2 compared and the same for 2."),
])
def test_every_chart_has_a_one_line_reading_from_its_own_numbers(series, reading):
    """The reading under each chart in print says what the bars show, in words."""
    assert read_chart(("Start", "Middle", "Close"), series, value_format="{:.0f}") == reading
def test_people_chart_puts_everyone_on_one_scale_with_their_note_beside_their_name():
    """One area, a heading per person ('Ama: a real step forward'), then a bar per wave, and the
    same 1-5 axis for all (so bars compare across people)."""
    from reports.charts import people_chart

    drawing = people_chart(["Ama", "Kofi"], (Series("Start", (2.0, 3.0)),
                                             Series("Close", (4.0, None))),
                           title="Hopes and plans", notes=["a real step forward", None])
    markup = drawing_to_svg(drawing, title="Hopes and plans", desc="Bars from 1 to 5.")
    texts = [t.text for t in ET.fromstring(markup).iter(f"{SVG}text")]
    assert "Ama: a real step forward" in texts and "Kofi" in texts
    assert texts.count("Start") == 2 and "no score" in texts and "4.0" in texts
    assert [t for t in texts if t in {"1", "2", "3", "4", "5"}] == ["1", "2", "3", "4", "5"]
    with pytest.raises(ValueError, match="1 notes for 2 people"):
        people_chart(["Ama", "Kofi"], (Series("Start", (2.0, 3.0)),), title="x", notes=["a"])
