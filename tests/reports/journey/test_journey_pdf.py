"""The family's "Our journey" PDF: their numbers, in plain words, and nothing about anyone else."""
from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from surveys.records.enums import Role
from tests.helpers import sign_in
from tests.reports.journey.families import make_okafor_family
from tests.reports.tagged_pdf import assert_accessible

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


@pytest.fixture
def keyworker(make_staff, team):
    """The keyworker who holds both families."""
    return make_staff(Role.KEYWORKER, team)


def _pdf(client, case_id: int, **query) -> bytes:
    response = client.get(f"/cases/{case_id}/journey/our-journey.pdf", query_string=query)
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    return response.data


def _text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_pdf_holds_the_familys_own_numbers_and_nothing_about_anyone_else(
        client, db, keyworker, team):
    """Family scores as worked by hand (start 2.5, middle 3.0, close 2.5 / 3.5 / 3.2 overall);
    no other family's name or reference, no staff-only flags, comments or method."""
    okafor = make_okafor_family(db, keyworker, team)
    other = make_okafor_family(db, keyworker, team, family_name="Nowak")
    sign_in(client, keyworker)
    text, pages = _text(_pdf(client, okafor.id))
    assert 1 <= pages <= 2
    flat = " ".join(text.split())
    assert "Our journey" in flat and "The Okafor family" in flat
    # The chart's bars, area by area: start, middle, close.
    assert "Connected to our community Start 2.5 Middle 3.0 Close 2.5" in flat
    assert "Getting on as a family Start 2.5 Middle 3.0 Close 3.5" in flat
    assert "Overall Start 2.5 Middle 3.0 Close 3.2" in flat
    assert "You told us you now get on well as a family." in flat
    assert "Goal 1: Tobi gets to school on time" in flat
    assert "Grace: 2 out of 10 at the start, 5 out of 10 at the middle, 8 out of 10 at the close." \
        in flat
    assert okafor.family.reference in flat
    for absent in (other.family.reference, "Nowak", "scared to walk home", "afeguarding",
                   "reliable change", "RCI", "provisional", "Provisional", "Kim", "Keyworker 1"):
        assert absent not in flat, absent


def test_pdf_renders_to_an_image_for_printing(client, db, keyworker, team, tmp_path):
    """pdftoppm turns every page into a picture (kept in test-artifacts/ to look at)."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    okafor = make_okafor_family(db, keyworker, team)
    sign_in(client, keyworker)
    pdf = _pdf(client, okafor.id, download=1)
    path = tmp_path / "our-journey.pdf"
    path.write_bytes(pdf)
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(ARTIFACTS / "our-journey")],
                   check=True, timeout=60)
    images = sorted(ARTIFACTS.glob("our-journey-*.png"))
    assert images and all(image.stat().st_size > 10_000 for image in images)


def test_download_asks_the_browser_to_save_the_file(client, db, keyworker, team):
    """The download link saves the file; the other opens it to print."""
    okafor = make_okafor_family(db, keyworker, team)
    sign_in(client, keyworker)
    response = client.get(f"/cases/{okafor.id}/journey/our-journey.pdf?download=1")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["Cache-Control"] == "no-store"


def test_the_family_is_told_in_plain_words_when_the_figures_are_still_early(
        client, db, keyworker, team):
    """With provisional reliable-change figures the PDF says this is a first look, without the
    word "provisional"; once this council's own figures are frozen it says no such thing."""
    from surveys.records.models import ReliabilityEstimate

    okafor = make_okafor_family(db, keyworker, team)
    sign_in(client, keyworker)
    flat = " ".join(_text(_pdf(client, okafor.id))[0].split())
    assert "take this as a first look" in flat
    # Each person is compared with themselves, never the family's first voices with its last.
    assert ("comparing each person with their own earlier answers: Grace's answers show a real "
            "step forward since the start and Tobi's answers show things about the same overall "
            "since the start.") in flat
    db.add(ReliabilityEstimate(instrument_code="family-outcomes", instrument_version=1,
                               scope="total", sd=0.3, reliability=0.9, families=64))
    db.commit()
    flat = " ".join(_text(_pdf(client, okafor.id))[0].split())
    assert "first look" in flat  # Tobi answered the child version: still provisional
    db.add(ReliabilityEstimate(instrument_code="family-outcomes-child", instrument_version=1,
                               scope="total", sd=0.75, reliability=0.85, families=64))
    db.commit()
    flat = " ".join(_text(_pdf(client, okafor.id))[0].split())
    assert "first look" not in flat


def test_pdf_is_tagged_for_screen_readers(client, db, keyworker, team):
    """Tagged PDF/UA: a title shown as the window title, English, one H1, a heading per part,
    the chart a figure whose alt text says what it shows, and its table with header cells."""
    okafor = make_okafor_family(db, keyworker, team)
    sign_in(client, keyworker)
    elements = assert_accessible(_pdf(client, okafor.id), lang="en-GB",
                                 title="Our journey: the Okafor family")
    headings = [e.tag for e in elements if e.tag in ("H1", "H2", "H3")]
    assert headings[:3] == ["H1", "H2", "H3"] and headings.count("H2") == 4
    figure = next(e for e in elements if e.tag == "Figure")
    assert figure.alt.startswith("Your family's scores. Bar chart of your family's average scores")


def test_pdf_is_in_the_familys_own_language(client, db, keyworker, team):
    """When the family's members read Welsh, their PDF is in Welsh from the family pages'
    catalogue (lang "cy"); the keyworker can still ask for it in English."""
    okafor = make_okafor_family(db, keyworker, team)
    for member in okafor.family.members:
        member.language = "cy"
    db.commit()
    sign_in(client, keyworker)
    pdf = _pdf(client, okafor.id)
    assert_accessible(pdf, lang="cy", title="Ein taith: teulu Okafor")
    flat = " ".join(_text(pdf)[0].split())
    assert "Cyd-dynnu fel teulu" in flat  # "Getting on as a family", as the questionnaire says it
    assert "Getting on as a family" not in flat
    english = _pdf(client, okafor.id, language="en_GB")
    assert "Getting on as a family" in " ".join(_text(english)[0].split())
    page = client.get(f"/cases/{okafor.id}/journey").get_data(as_text=True)
    assert "The PDF opens in Welsh." in page and "language=en_GB" in page


def test_an_unknown_language_gives_the_familys_default_not_an_error(client, db, keyworker, team):
    """A language the council does not offer is ignored."""
    okafor = make_okafor_family(db, keyworker, team)
    sign_in(client, keyworker)
    flat = " ".join(_text(_pdf(client, okafor.id, language="xx"))[0].split())
    assert "Getting on as a family" in flat


def test_a_right_to_left_pdf_prints_the_table_instead_of_a_misshaped_chart(
        client, db, keyworker, team):
    """In Urdu the document is lang "ur"; the chart's text could not be shaped, so its table
    and its reading carry the figures, with the area names shaped as text."""
    okafor = make_okafor_family(db, keyworker, team)
    sign_in(client, keyworker)
    pdf = _pdf(client, okafor.id, language="ur")
    tags = [e.tag for e in assert_accessible(pdf, lang="ur",
                                             title="Our journey: the Okafor family")]
    assert "Figure" not in tags and "Table" in tags
    flat = " ".join(_text(pdf)[0].split())
    assert "3.2" in flat and "2.5" in flat
