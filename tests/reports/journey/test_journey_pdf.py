"""The family's "Our journey" PDF: their numbers, in plain words, and nothing about anyone else."""
from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from surveys.records.db import utcnow
from surveys.records.enums import Role
from tests.helpers import sign_in
from tests.reports.journey.families import agree_to_share, make_okafor_family
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
    """No one has agreed yet, so the PDF shows the family's average only: start 2.5 and close
    2.5 / 3.5 / 3.2 as worked by hand. The middle is Grace's alone, so an average there would be
    her own scores: it is left out. No other family, no staff-only flags, comments or method."""
    okafor = make_okafor_family(db, keyworker, team)
    other = make_okafor_family(db, keyworker, team, family_name="Nowak")
    sign_in(client, keyworker)
    text, pages = _text(_pdf(client, okafor.id))
    assert 1 <= pages <= 2
    flat = " ".join(text.split())
    assert "Our journey" in flat and "The Okafor family" in flat
    # The chart's bars, area by area: start and close.
    assert "Connected to our community Start 2.5 Close 2.5" in flat
    assert "Getting on as a family Start 2.5 Close 3.5" in flat
    assert "Overall Start 2.5 Close 3.2" in flat
    assert "The family's average is of Grace and Tobi, each counting equally." in flat
    assert "Each person's own answers show here only if they agree to share them." in flat
    assert "You told us you now get on well as a family." in flat
    assert "Goal 1: Tobi gets to school on time" in flat
    assert "Ratings show only for people who agreed to share their answers." in flat
    assert okafor.family.reference in flat
    for absent in (other.family.reference, "Nowak", "scared to walk home", "afeguarding",
                   "reliable change", "RCI", "provisional", "Provisional", "Kim", "Keyworker 1",
                   "Grace:", "Tobi:", "Grace's", "Tobi's", "Middle"):
        assert absent not in flat, absent


def test_a_member_who_agreed_is_shown_side_by_side_and_one_who_did_not_is_not_named(
        client, db, keyworker, team):
    """Grace agreed, Tobi did not: each area shows Grace's own bars; Tobi is named nowhere with
    results. With Grace the only one named, an average of Grace and Tobi would give Tobi's
    answers away, so the average holds Grace's alone and is not drawn again beside her."""
    okafor = make_okafor_family(db, keyworker, team)
    grace, tobi = okafor.family.members
    agree_to_share(db, grace)
    tobi.shares_results = False
    db.commit()
    sign_in(client, keyworker)
    text, pages = _text(_pdf(client, okafor.id))
    flat = " ".join(text.split())
    # A chart per area, two to a row, then every figure in a table: three pages at most.
    assert pages <= 3
    assert "Each area shows Grace, who agreed to share their own answers." in flat
    assert "Grace: a real step forward Start 2.0 Middle 3.0 Close 4.0" in flat
    assert "Connected to our community Grace 2.0 \u2192 4.0." in flat  # the chart's reading
    assert "Grace: 2 out of 10 at the start, 5 out of 10 at the middle, 8 out of 10" in flat
    assert "Grace's answers show a real step forward since the start." in flat
    for absent in ("Tobi:", "Tobi's", "Family average", "1.0", "2.5"):
        assert absent not in flat, absent


def test_everyone_who_agreed_is_side_by_side_with_the_family_average(
        client, db, keyworker, team):
    """Both agreed: each area has Grace, Tobi and the family's average on one scale."""
    okafor = make_okafor_family(db, keyworker, team)
    agree_to_share(db, *okafor.family.members)
    sign_in(client, keyworker)
    flat = " ".join(_text(_pdf(client, okafor.id))[0].split())
    assert ("Grace: a real step forward Start 2.0 Middle 3.0 Close 4.0 Tobi: a harder time than "
            "before Start 3.0 Middle no score Close 1.0 Family average: average change 0.0 "
            "Start 2.5 Middle 3.0 Close 2.5") in flat
    assert ("Connected to our community Grace 2.0 \u2192 4.0; Tobi 3.0 \u2192 1.0; Family average "
            "2.5 \u2192 2.5.") in flat  # the chart's one-line reading
    assert "Each area shows Grace and Tobi, who agreed to share their own answers" in flat
    assert "Tobi: 4 out of 10 at the start, 7 out of 10 at the close." in flat


def test_a_withheld_member_is_neither_named_nor_in_the_average(client, db, keyworker, team):
    """Tobi agreed, but the keyworker kept his results out: the PDF names Grace only, and the
    family's average no longer holds Tobi's answers (they could be worked out from it)."""
    okafor = make_okafor_family(db, keyworker, team)
    grace, tobi = okafor.family.members
    agree_to_share(db, grace, tobi)
    tobi.results_withheld_reason = "Tobi told us his father reads everything he writes."
    tobi.results_withheld_at = utcnow()
    db.commit()
    sign_in(client, keyworker)
    flat = " ".join(_text(_pdf(client, okafor.id))[0].split())
    assert "Grace: a real step forward Start 2.0 Middle 3.0 Close 4.0" in flat
    for absent in ("Tobi:", "Tobi's", "Family average", "father", "1.0", "2.5"):
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
    agree_to_share(db, *okafor.family.members)
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
