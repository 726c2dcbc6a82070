"""Charts drawn once with reportlab's graphics, as inline SVG for web pages and for the PDFs.

A chart is a `reportlab.graphics.shapes.Drawing`; `drawing_to_svg` turns it into an accessible
inline <svg>, which web pages show and the print templates hand to WeasyPrint (`reports.printing`),
where its title becomes the tagged PDF figure's alt text.
Every chart needs a text alternative and a data table beside it: colour never carries meaning
alone (each bar is labelled with its series name and value).

Pure: no Flask, no database. Public API (other report modules import these; keep them stable):
`Chart`, `Series`, `bar_chart`, `area_chart`, `people_chart`, `drawing_to_svg`, `read_chart`,
`WAVE_COLOURS`.
"""
from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString
from reportlab.pdfbase.pdfmetrics import stringWidth

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
TEXT = colors.HexColor("#0b0c0c")
SECONDARY_TEXT = colors.HexColor("#505a5f")
GRID = colors.HexColor("#b1b4b6")

# GOV.UK Frontend colours, each at least 3:1 against white (WCAG 1.4.11 non-text contrast).
PALETTE: tuple[colors.Color, ...] = (
    colors.HexColor("#505a5f"),  # dark grey
    colors.HexColor("#1d70b8"),  # blue
    colors.HexColor("#00703c"),  # green
    colors.HexColor("#912b88"),  # purple
    colors.HexColor("#d4351c"),  # red
    colors.HexColor("#6f3c00"),  # brown
)
WAVE_COLOURS: dict[str, colors.Color] = {
    "Start": PALETTE[0], "Middle": PALETTE[1], "Close": PALETTE[2]}

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", _SVG_NS)
ET.register_namespace("xlink", _XLINK_NS)


class Chart(Drawing):
    """A Drawing that remembers its title (reportlab refuses unknown attributes on shapes)."""

    _attrMap = AttrMap(BASE=Drawing, title=AttrMapValue(isString, desc="what the chart shows"))

    def __init__(self, width: float, height: float, title: str) -> None:
        super().__init__(width, height)
        self.title = title


@dataclass(frozen=True)
class Series:
    """One named series of values, one per category (None where there is no value)."""

    label: str
    values: tuple[float | None, ...]


def _colour_for(index: int, label: str) -> colors.Color:
    return WAVE_COLOURS.get(label, PALETTE[index % len(PALETTE)])


def _fit(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    """Wrap text into lines no wider than width (in points) at this font size."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines or [""]


def bar_chart(categories: Sequence[str], series: Sequence[Series], *, title: str,
              value_min: float = 0.0, value_max: float | None = None,
              ticks: Sequence[float] | None = None, value_format: str = "{:.1f}",
              missing_label: str = "no score", width: float = 360.0,
              font_size: float = 11.0, bar_height: float | None = None) -> Chart:
    """Horizontal grouped bars: a heading per category, then one labelled bar per series.

    Horizontal bars read well on a phone: the category names wrap above their bars rather than
    being squeezed under a narrow axis. Each bar carries its series name and its value.
    """
    for s in series:
        if len(s.values) != len(categories):
            raise ValueError(f"Series {s.label!r} has {len(s.values)} values for "
                             f"{len(categories)} categories.")
    present = [v for s in series for v in s.values if v is not None]
    top = value_max if value_max is not None else max([value_min + 1, *present])
    if top <= value_min:
        raise ValueError("value_max must be above value_min.")
    label_width = max([stringWidth(s.label, FONT, font_size) for s in series] or [0]) + 8
    value_width = stringWidth(value_format.format(top) + "0", FONT_BOLD, font_size) + 6
    bar_left, bar_right = label_width, width - value_width
    bar_height = bar_height or font_size * 1.5
    bar_gap, group_gap = bar_height / 4, font_size * 1.4
    heading_line = font_size * 1.3
    axis_band = font_size * 2.0 if ticks else 0.0

    def x_for(value: float) -> float:
        share = (min(max(value, value_min), top) - value_min) / (top - value_min)
        return bar_left + share * (bar_right - bar_left)

    # Lay out top-down, then flip to reportlab's bottom-up coordinates.
    shapes: list[tuple[str, tuple]] = []
    y = 0.0
    for index, category in enumerate(categories):
        for line in _fit(category, width, font_size, FONT_BOLD):
            y += heading_line
            shapes.append(("heading", (line, y - font_size * 0.3)))
        y += 3
        group_top = y
        for n, s in enumerate(series):
            top_y = y
            y += bar_height
            # Each bar's stretch of gridline reaches halfway into the gaps either side, so the
            # lines read as continuous; it is left out where this bar's label sits.
            shapes.append(("grid", (max(top_y - bar_gap / 2, group_top), y + bar_gap / 2
                                    if n < len(series) - 1 else y, s.values[index])))
            shapes.append(("bar", (n, s, s.values[index], top_y, y)))
            y += bar_gap
        shapes.append(("axis", (group_top, y - bar_gap)))
        y += group_gap
    plot_bottom = y - group_gap + bar_gap
    height = y + axis_band

    drawing = Chart(width, height, title)

    def flip(y_down: float) -> float:
        return height - y_down

    if ticks:
        for tick in ticks:
            x = x_for(tick)
            drawing.add(String(x, flip(plot_bottom + font_size * 1.3), value_format.format(tick)
                               if not float(tick).is_integer() else str(int(tick)),
                               fontName=FONT, fontSize=font_size * 0.9,
                               fillColor=SECONDARY_TEXT, textAnchor="middle"))

    def label_span(value: float | None) -> tuple[float, float]:
        """Where a bar's value (or its missing label) is written, with a little room each side."""
        if value is None:
            return bar_left, bar_left + 2 + stringWidth(missing_label, FONT, font_size) + font_size * 0.6
        end = x_for(value)
        written = stringWidth(value_format.format(value), FONT_BOLD, font_size)
        return end + 1, end + 4 + written + font_size * 0.6

    for kind, data in shapes:
        if kind == "axis":
            continue
        if kind == "grid":  # gridlines only behind the bars, never through a heading or label
            top_y, bottom_y, value = data
            left, right = label_span(value)
            for tick in ticks or ():
                x = x_for(tick)
                if left <= x <= right:
                    continue
                drawing.add(Line(x, flip(top_y), x, flip(bottom_y), strokeColor=GRID,
                                 strokeWidth=0.75, strokeDashArray=[2, 2]))
            continue
        if kind == "heading":
            text, baseline = data
            drawing.add(String(0, flip(baseline), text, fontName=FONT_BOLD, fontSize=font_size,
                               fillColor=TEXT))
            continue
        n, s, value, top_y, bottom_y = data
        middle = flip((top_y + bottom_y) / 2) - font_size * 0.35
        drawing.add(String(0, middle, s.label, fontName=FONT, fontSize=font_size,
                           fillColor=TEXT))
        if value is None:
            drawing.add(String(bar_left + 2, middle, missing_label, fontName=FONT,
                               fontSize=font_size, fillColor=SECONDARY_TEXT))
            continue
        end = x_for(value)
        drawing.add(Rect(bar_left, flip(bottom_y), max(end - bar_left, 1.5), bar_height,
                         fillColor=_colour_for(n, s.label), strokeColor=None))
        drawing.add(String(end + 4, middle, value_format.format(value), fontName=FONT_BOLD,
                           fontSize=font_size, fillColor=TEXT))
    for kind, data in shapes:
        if kind == "axis":
            drawing.add(Line(bar_left, flip(data[0]), bar_left, flip(data[1]),
                             strokeColor=TEXT, strokeWidth=1))
    return drawing


def area_chart(areas: Sequence[str], series: Sequence[Series], *, title: str,
               width: float = 360.0, font_size: float = 11.0,
               bar_height: float | None = None) -> Chart:
    """Scores on the 1-5 scale per area, one bar per wave (start, middle, close)."""
    return bar_chart(areas, series, title=title, value_min=1.0, value_max=5.0,
                     ticks=(1, 2, 3, 4, 5), width=width, font_size=font_size,
                     bar_height=bar_height)


def read_chart(categories: Sequence[str], series: Sequence[Series], *,
               value_format: str = "{:.1f}") -> str:
    """A chart's one-line reading in plain English, from the numbers it shows: for one series its
    highest and lowest; for several, how the last compares with the first, category by category."""
    def shown(value: float) -> str:
        return value_format.format(value)

    if len(series) == 1:
        pairs = [(v, c) for c, v in zip(categories, series[0].values, strict=True) if v is not None]
        if not pairs:
            return "No figures can be shown yet."
        high, low = max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0])
        if len(pairs) == 1 or high[0] == low[0]:
            return f"{series[0].label}: {shown(high[0])} for {_and_words([c for _, c in pairs])}."
        return (f"{series[0].label}: highest for {high[1]} ({shown(high[0])}), lowest for "
                f"{low[1]} ({shown(low[0])}).")
    first, last = series[0], series[-1]
    pairs = [(c, a, b) for c, a, b in zip(categories, first.values, last.values, strict=True)
             if a is not None and b is not None]
    if not pairs:
        return f"No {first.label.lower()} and {last.label.lower()} figures to compare yet."
    higher = [p for p in pairs if p[2] > p[1] and shown(p[2]) != shown(p[1])]
    lower = [p for p in pairs if p[2] < p[1] and shown(p[2]) != shown(p[1])]
    same = len(pairs) - len(higher) - len(lower)
    parts = [f"{last.label} is higher than {first.label.lower()} for {len(higher)} of the "
             f"{len(pairs)} compared"]
    if lower:
        parts.append(f"lower for {len(lower)}")
    if same:
        parts.append(f"the same for {same}")
    sentence = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    biggest = max(pairs, key=lambda p: (abs(p[2] - p[1]), p[0]))
    if shown(biggest[2]) != shown(biggest[1]):
        sentence += (f"; the biggest difference is for {biggest[0]} ({shown(biggest[1])} to "
                     f"{shown(biggest[2])})")
    return sentence + "."


def _and_words(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
def people_chart(people: Sequence[str], series: Sequence[Series], *, title: str,
                 notes: Sequence[str | None] | None = None, width: float = 360.0,
                 font_size: float = 11.0, bar_height: float | None = None) -> Chart:
    """One area with several people on the same 1-5 scale: a heading per person (with a short
    note beside their name, such as their verdict), then one bar per wave.

    Every person shares one axis, so bars compare across people as well as across time (the
    way Outcomes Star overlays family members' readings); `series` holds one value per person.
    """
    notes = notes or [None] * len(people)
    if len(notes) != len(people):
        raise ValueError(f"{len(notes)} notes for {len(people)} people.")
    headings = [f"{person}: {note}" if note else person
                for person, note in zip(people, notes, strict=True)]
    return area_chart(headings, series, title=title, width=width, font_size=font_size,
                      bar_height=bar_height)


# --- SVG for web pages ------------------------------------------------------------------------

# reportlab writes presentation as style="" attributes, which a strict CSP (style-src 'self')
# refuses; SVG presentation attributes say the same thing and are allowed.
_PRESENTATION = {"fill", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
                 "stroke-linejoin", "stroke-dasharray", "stroke-opacity", "fill-opacity",
                 "font-family", "font-size", "font-weight", "font-style", "text-anchor",
                 "clip-path", "opacity"}
_FONT_STACKS = {"Helvetica": "Helvetica, Arial, sans-serif",
                "Helvetica-Bold": "Helvetica, Arial, sans-serif"}


def _tag(name: str) -> str:
    return f"{{{_SVG_NS}}}{name}"


def _style_to_attributes(element: ET.Element) -> None:
    style = element.attrib.pop("style", "")
    for declaration in style.split(";"):
        if ":" not in declaration:
            continue
        name, value = (part.strip() for part in declaration.split(":", 1))
        if name not in _PRESENTATION or not value:
            continue
        if value == "None":
            value = "none"
        if name == "font-family":
            if value.endswith("-Bold"):
                element.set("font-weight", "bold")
            value = _FONT_STACKS.get(value, value)
        element.set(name, value)


def _chart_id(title: str, desc: str) -> str:
    return "chart-" + hashlib.sha1(f"{title}\n{desc}".encode()).hexdigest()[:10]


def drawing_to_svg(drawing: Drawing, *, title: str, desc: str, chart_id: str | None = None,
                   css_class: str = "fv-chart") -> str:
    """Inline <svg> markup for a drawing: role="img" named by its <title> and described by its
    <desc>, presentation as attributes (no style="", for the CSP), ids prefixed so several charts
    share a page, and no fixed size so it scales to the width of its container."""
    prefix = chart_id or _chart_id(title, desc)
    raw = renderSVG.drawToString(drawing)
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", raw, flags=re.S).encode())
    for old in root.findall(_tag("title")) + root.findall(_tag("desc")):
        root.remove(old)
    renamed: dict[str, str] = {}
    for element in root.iter():
        if "id" in element.attrib:
            renamed[element.attrib["id"]] = f"{prefix}-{element.attrib['id']}"
            element.set("id", renamed[element.attrib["id"]])
    for element in root.iter():
        _style_to_attributes(element)
        for name, value in list(element.attrib.items()):
            for old, new in renamed.items():
                if value == f"url(#{old})":
                    element.set(name, f"url(#{new})")
        if element.tag == _tag("g") and element.attrib.get("transform") == "":
            del element.attrib["transform"]
    for name in ("width", "height", "version", "preserveAspectRatio"):
        root.attrib.pop(name, None)
    root.set("class", css_class)
    root.set("role", "img")
    root.set("focusable", "false")
    root.set("aria-labelledby", f"{prefix}-title")
    root.set("aria-describedby", f"{prefix}-desc")
    title_element = ET.Element(_tag("title"), id=f"{prefix}-title")
    title_element.text = title
    desc_element = ET.Element(_tag("desc"), id=f"{prefix}-desc")
    desc_element.text = desc
    root.insert(0, desc_element)
    root.insert(0, title_element)
    # The namespace registry is module-wide: another library (WeasyPrint) registering its own
    # default namespace after ours would give every tag an "ns0:" prefix, so claim it again here.
    ET.register_namespace("", _SVG_NS)
    markup = ET.tostring(root, encoding="unicode")
    # Inline SVG in HTML needs no xlink namespace unless used.
    return markup.replace(f' xmlns:xlink="{_XLINK_NS}"', "")
