"""QR codes drawn as inline SVG (segno), labelled for screen readers."""
from __future__ import annotations

import segno
from markupsafe import Markup, escape


def qr_svg(data: str, label: str) -> Markup:
    """An accessible inline SVG QR code for data; the label is escaped (it may hold typed names)."""
    svg = segno.make(data, error="m").svg_inline(scale=5, border=2, title=None,
                                                 svgclass="fv-qr-code")
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))
