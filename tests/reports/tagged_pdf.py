"""Reading a PDF's tags the way a screen reader (or a PDF/UA checker) would: the structure tree's
elements in reading order, their alt text, and the document's language and title."""
from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

import pikepdf


@dataclass(frozen=True)
class Element:
    """One structure element: its tag (H1, Table, Figure...), its alt text and the depth."""

    tag: str
    alt: str | None
    depth: int


def structure(pdf: bytes) -> list[Element]:
    """Every structure element, depth first (the logical reading order)."""
    found: list[Element] = []

    def walk(node, depth: int) -> None:
        if isinstance(node, pikepdf.Array):
            for child in node:
                walk(child, depth)
            return
        if not isinstance(node, pikepdf.Dictionary):
            return
        tag = node.get("/S")
        if tag is not None:
            alt = node.get("/Alt")
            found.append(Element(str(tag).lstrip("/"), str(alt) if alt is not None else None,
                                 depth))
        if "/K" in node:
            walk(node["/K"], depth + 1)

    with pikepdf.open(io.BytesIO(pdf)) as document:
        walk(document.Root.StructTreeRoot.get("/K"), 0)
    return found


def assert_accessible(pdf: bytes, *, lang: str, title: str) -> list[Element]:
    """Tagged, in a language, titled (and showing the title), one H1, every figure with alt text,
    every table with header cells; returns the elements for further checks."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.Root.MarkInfo.Marked is True
        assert str(document.Root.Lang) == lang
        assert document.Root.ViewerPreferences.DisplayDocTitle is True
        with document.open_metadata() as meta:
            assert meta.get("dc:title") == title
    if shutil.which("pdfinfo"):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
            file.write(pdf)
            file.flush()
            info = subprocess.run(["pdfinfo", file.name], capture_output=True, text=True,
                                  check=True, timeout=60).stdout
        assert "Tagged:          yes" in info
    elements = structure(pdf)
    tags = [e.tag for e in elements]
    assert tags.count("H1") == 1
    for figure in (e for e in elements if e.tag == "Figure"):
        assert figure.alt and figure.alt.strip(), "a figure without alt text"
    if "Table" in tags:
        assert "TH" in tags
    return elements
