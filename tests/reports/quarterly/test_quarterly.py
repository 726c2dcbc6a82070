"""The quarterly report: quarters, what counts, disclosure control on the real outputs, and the
web page, PDF and CSV showing the same figures."""
from __future__ import annotations

import csv
import dataclasses
import io
import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from reports.disclosure import FEWER_THAN, HIDDEN, protect_counts
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.figures import raw_figures as _raw_figures
from reports.quarterly.figures import wider_filters
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters, QuarterlyReport
from reports.quarterly.period import Quarter, QuarterError
from surveys.records.enums import Role, WaveKind
from surveys.records.models import Comment, Family, FamilyMember
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in
from tests.reports.council import QUARTER
from tests.reports.disclosure_rules import assert_rules_hold

SHOWN_COUNT = re.compile(r"^(0|[1-9]\d{0,2}(,\d{3})*)$")


@pytest.mark.parametrize(("text", "quarter"), [("2026Q3", Quarter(2026, 3)),
                                               ("2026-q1", Quarter(2026, 1)),
                                               (" 2025Q4 ", Quarter(2025, 4))])
def test_quarters_are_read_from_year_and_number(text, quarter):
    assert Quarter.parse(text) == quarter


@pytest.mark.parametrize("text", ["2026Q5", "Q3 2026", "", "2026"])
def test_unreadable_quarters_say_how_to_write_one(text):
    with pytest.raises(QuarterError, match="like 2026Q3"):
        Quarter.parse(text)


def test_a_quarter_knows_its_dates_and_neighbours():
    q = Quarter(2026, 3)
    assert (q.start, q.end, q.label) == (date(2026, 7, 1), date(2026, 9, 30), "July to September 2026")
    assert q.previous() == Quarter(2026, 2) and Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert Quarter(2026, 4).end == date(2026, 12, 31)


def test_wider_groups_drop_or_widen_each_filter():
    wider = wider_filters(Filters(team="T", support_level="support"), {"T": "North"})
    assert Filters() in wider and Filters(locality="North") in wider
    assert Filters(team="T", locality=None) in wider
    assert Filters(locality="North", support_level="support") in wider
    assert Filters(team="T", support_level="support") not in wider


def test_a_quarter_with_fewer_than_eight_families_is_not_reported(db, make_staff, team):
    worker = make_staff(Role.KEYWORKER, team)
    case = make_case(db, worker, team, opened_on=QUARTER.start + timedelta(days=3))
    add_response(db, wave_of(case, WaveKind.START), case.family.members[0], all_items(3))
    report = build_quarterly_report(load_quarter_data(db, QUARTER))
    assert report.refusal and FEWER_THAN in report.refusal
    assert report.sections == ()


def count_cells(report: QuarterlyReport):
    for table in report.tables():
        for row in table.rows:
            for column, cell in zip(table.columns[1:], row[1:], strict=True):
                if cell.kind == "count":
                    yield table.caption, row[0].text, column, cell.text


def assert_disclosure_safe(report: QuarterlyReport):
    """Every count shown is 0, a rounded count of 10 or more, "fewer than 8" or "not shown"."""
    for where in count_cells(report):
        text = where[-1]
        if text in (FEWER_THAN, HIDDEN):
            continue
        assert SHOWN_COUNT.match(text), where
        value = int(text.replace(",", ""))
        assert value == 0 or (value >= 10 and value % 5 == 0), where


def test_whole_council_report_is_disclosure_safe_and_documents_what_counts(council):
    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    assert report.refusal is None
    assert_disclosure_safe(report)
    assert any("close questionnaire was completed in the quarter" in d for d in report.definitions)
    assert report.headlines[0].endswith(f"{QUARTER.label.replace(' to ', ' and ')}.")
    assert {s.key for s in report.sections} >= {"cases", "questionnaires", "left-early", "distance",
                                                 "goals", "service", "themes", "actions", "health"}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_every_filtered_report_is_disclosure_safe(council, data):
    frames = load_quarter_data(council, QUARTER)
    locality = data.draw(st.sampled_from([None, *sorted(set(frames.cases["locality"]))]))
    teams = sorted(t for t, loc in frames.team_localities.items() if locality in (None, loc))
    team = data.draw(st.sampled_from([None, *teams]))
    level = data.draw(st.sampled_from([None, "early_help", "support", "step_down"]))
    filters = Filters(locality=locality, team=team, support_level=level)
    report = build_quarterly_report(frames, filters)
    assert_disclosure_safe(report)
    if team:
        themes = next(s for s in report.sections if s.key == "themes") if report.sections else None
        assert themes is None or themes.quotes == ()


def test_a_filter_matching_no_comments_still_reports_actions(council):
    # Found by the test above: an action's theme counts over no comments at all once raised a
    # KeyError (an empty mask selected columns instead of rows).
    frames = load_quarter_data(council, QUARTER)
    assert frames.actions, "the demo council has actions to report"
    frames = dataclasses.replace(frames, comments=frames.comments.iloc[0:0])
    report = build_quarterly_report(frames, Filters(team=sorted(frames.team_localities)[0]))
    assert_disclosure_safe(report)


def test_statistics_are_withheld_where_their_counts_are_not_shown(council):
    frames = load_quarter_data(council, QUARTER)
    for team in sorted(frames.team_localities):
        report = build_quarterly_report(frames, Filters(team=team))
        for area in report.areas:
            if not area.n_paired.is_shown:
                assert area.mean_change is None and area.effect_size is None
                assert all(share is None for share in area.shares.values())


def _page_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_web_page_pdf_and_csv_show_the_same_figures_and_no_family(client, council, make_staff):
    commissioner = make_staff(Role.COMMISSIONER)
    sign_in(client, commissioner)
    query = f"?quarter={QUARTER.code}"
    page = client.get("/reports/quarterly" + query)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    text = _page_text(html)
    for headline in report.headlines:
        assert headline.replace("\u201c", "&#8220;") in text or headline in _unescape(text)

    pdf = client.get("/reports/quarterly/pdf" + query)
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    pdf_words = re.sub(r"\s+", " ", pdf_text)
    rows = list(csv.DictReader(io.StringIO(client.get("/reports/quarterly/csv" + query)
                                            .get_data(as_text=True))))
    assert rows
    cases = report.tables()[0]
    for row in cases.rows:
        label, value = row[0].text, row[1].text
        assert re.search(rf"{re.escape(label)}\s+{re.escape(value)}", _unescape(text))
        assert f"{label} {value}" in pdf_words
        assert {"table": cases.caption, "row": label, "column": "Number", "shown": value} \
            .items() <= next(r for r in rows if r["row"] == label).items()
    for cell in (c for c in rows if c["table"].startswith("Distance travelled")):
        assert cell["shown"].removeprefix("'") in pdf_words  # CSV neutralises a leading +

    everything = _unescape(text) + pdf_words + str(rows)
    assert "UNAPPROVED-SECRET" not in everything
    assert not re.search(r"FV-[A-Z0-9]{6,}", everything)
    for family in council.scalars(select(Family)).all()[:50]:
        assert f" {family.family_name} family" not in everything


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def test_quotes_are_approved_redacted_and_come_from_big_enough_groups(client, council, make_staff):
    comment = council.scalars(select(Comment).where(Comment.quote_status == "approved")).first()
    member = council.get(FamilyMember, comment.response.member_id)
    comment.quote_text = f"{member.first_name} and I finally felt listened to"
    when = comment.written_at
    council.commit()
    quarter = Quarter.containing(when.date())
    report = build_quarterly_report(load_quarter_data(council, quarter))
    quotes = next(s for s in report.sections if s.key == "themes").quotes
    assert any(q.startswith("[name] and I finally felt listened to") for q in quotes) or len(quotes) == 6
    assert all(member.first_name + " and I" not in q for q in quotes)


def test_keyworkers_may_not_read_reports(client, council, make_staff):
    sign_in(client, make_staff(Role.KEYWORKER))
    assert client.get("/reports/quarterly").status_code == 404


def test_a_bad_filter_is_explained_not_ignored(client, council, make_staff):
    sign_in(client, make_staff(Role.COMMISSIONER))
    response = client.get(f"/reports/quarterly?quarter={QUARTER.code}&locality=Nowhere")
    assert response.status_code == 400
    assert "Error: Quarterly report" in response.get_data(as_text=True)


def test_the_report_says_which_scores_use_provisional_figures():
    """Every score and questionnaire version judged with the library's assumed figures is named;
    none when all are frozen."""
    from dataclasses import replace as with_

    from family_by_family_scale import (
        FAMILY_OUTCOMES,
        FAMILY_OUTCOMES_CHILD,
        provisional_parameters,
    )
    from reports.quarterly.content import provisional_note
    from reports.quarterly.model import SCOPES

    assumed = [provisional_parameters(FAMILY_OUTCOMES, s, "None frozen.") for s in SCOPES]
    note = provisional_note(assumed)
    assert note.startswith("Provisional: reliable change for the total score, ")
    assert ("\u201cHopes and plans\u201d and \u201cConfidence and belief in ourselves\u201d of "
            "Family outcomes (adults) version 1 uses") in note
    assert "not this council's own" in note
    frozen = [with_(p, is_provisional=False) for p in assumed]
    assert provisional_note(frozen) == ""
    only_hopes = [a if a.scope == "hopes" else f for a, f in zip(assumed, frozen, strict=True)]
    assert provisional_note(only_hopes).startswith(
        "Provisional: reliable change for \u201cHopes and plans\u201d of Family outcomes (adults) "
        "version 1 uses assumed figures")
    child = provisional_parameters(FAMILY_OUTCOMES_CHILD, "total", "None frozen.")
    assert provisional_note([*frozen, child]).startswith(
        "Provisional: reliable change for the total score of Family outcomes (children aged "
        "about 8 to 12) version 1 uses assumed figures")


def test_the_report_shows_how_questionnaires_were_filled_in(council):
    """Online, with a keyworker and on paper, each under the disclosure rules, and all of them
    together equal to the questionnaires received in the quarter."""
    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    section = next(s for s in report.sections if s.key == "questionnaires")
    by_key = {t.key: t for t in section.tables}
    modes = {row[0].text: row[1].text for row in by_key["modes"].rows}
    assert list(modes) == ["On their own device", "With their keyworker", "Paper form", "All"]
    received = by_key["questionnaires"].rows[-1][-1].text
    assert modes["All"] == received
    shown = [int(v) for v in modes.values() if v.isdigit()]
    assert all(v % 5 == 0 for v in shown)


def test_a_locality_with_one_team_shows_no_quotes(council):
    """A locality served by a single team is that team by another name: no quotes beside it."""
    from dataclasses import replace as with_

    frames = load_quarter_data(council, QUARTER)
    locality = sorted(set(frames.cases["locality"]))[0]
    cases = frames.cases.copy()
    in_locality = cases["locality"] == locality
    assert cases.loc[in_locality, "team"].nunique() > 1
    whole = build_quarterly_report(frames, Filters(locality=locality))
    themes = next(s for s in whole.sections if s.key == "themes")
    assert "never shown in a report for one team" not in " ".join(themes.paragraphs)
    cases.loc[in_locality, "team"] = cases.loc[in_locality, "team"].iloc[0]
    one_team = build_quarterly_report(with_(frames, cases=cases), Filters(locality=locality))
    themes = next(s for s in one_team.sections if s.key == "themes")
    assert themes.quotes == ()
    assert "Quotes are never shown in a report for one team." in themes.paragraphs


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_no_hidden_count_in_a_real_report_can_be_recovered(council, data):
    """On the real council's figures, under random filters: small counts say "fewer than 8",
    no hidden count can be worked out from its line's total, and none shown differs by 1 to 7
    from the same count in a wider group (dropping or widening a filter) that could be
    subtracted from it."""
    frames = load_quarter_data(council, QUARTER)
    locality = data.draw(st.sampled_from([None, *sorted(set(frames.cases["locality"]))]))
    teams = sorted(t for t, loc in frames.team_localities.items() if locality in (None, loc))
    filters = Filters(locality=locality, team=data.draw(st.sampled_from([None, *teams])),
                      support_level=data.draw(st.sampled_from([None, "early_help", "support"])))
    raw = _raw_figures(frames, filters)
    wider = [_raw_figures(frames, w, with_details=False).counts
             for w in wider_filters(filters, frames.team_localities)]
    protected = protect_counts(raw.counts, raw.lines, wider)
    assert raw.lines, "the report has lines with totals to protect"
    assert_rules_hold(raw.counts, raw.lines, protected)
    for counts in wider:
        for key, n in raw.counts.items():
            if key in counts and 1 <= counts[key] - n <= 7:
                assert not protected[key].is_shown, (filters, key)


def test_floor_and_ceiling_shares_are_shown_only_where_their_counts_pass(council):
    """"N% of total scores were at the lowest/highest" is a share like any other: shown only
    when its count survived suppression and neither it nor the rest of the group is 1 to 7."""
    data = load_quarter_data(council, QUARTER)
    groups = [Filters()] + [Filters(locality=loc) for loc in sorted(set(
        data.team_localities.values()))] + [Filters(team=t) for t in sorted(data.team_localities)]
    for filters in groups:
        report = build_quarterly_report(data, filters)
        if report.refusal:
            continue
        raw = _raw_figures(data, filters)
        wider = [_raw_figures(data, w, with_details=False).counts
                 for w in wider_filters(filters, data.team_localities)]
        pcs = protect_counts(raw.counts, raw.lines, wider)
        health = next(s for s in report.sections if s.key == "health")
        scored = raw.counts[("health", "scored")]
        for key, words in ((("health", "floor"), "lowest possible"),
                           (("health", "ceiling"), "at the highest")):
            shown = any(words in p for p in health.paragraphs)
            n = raw.counts[key]
            if shown:
                assert pcs[key].is_shown and pcs[("health", "scored")].is_shown, filters
                assert not (0 < n < 8) and not (0 < scored - n < 8), (filters, key, n, scored)


def test_the_csv_carries_exactly_the_protected_cells_of_the_page(council):
    """The aggregate CSV is the report's own cells, so every disclosure rule on the page holds in
    the CSV: no count there that the page does not show."""
    from reports.exports import aggregate_csv

    frames = load_quarter_data(council, QUARTER)
    for filters in (Filters(), Filters(locality=sorted(set(frames.cases["locality"]))[0])):
        report = build_quarterly_report(frames, filters)
        cells = {(t.caption, row[0].text, column, cell.text)
                 for t in report.tables() for row in t.rows
                 for column, cell in zip(t.columns[1:], row[1:], strict=True)}
        rows = list(csv.DictReader(io.StringIO(aggregate_csv(report))))
        assert rows
        for row in rows:
            key = (row["table"], row["row"], row["column"], row["shown"].removeprefix("'"))
            assert key in cells, key


def test_the_pdf_renders_to_pictures_and_its_text_holds_the_web_headlines(
        client, council, make_staff, tmp_path):
    """pdftoppm draws every page (kept in test-artifacts/ to look at); pdftotext finds the same
    headlines and case counts as the web page."""
    import shutil
    import subprocess
    from pathlib import Path

    if not (shutil.which("pdftoppm") and shutil.which("pdftotext")):
        pytest.skip("poppler-utils is not installed")
    sign_in(client, make_staff(Role.COMMISSIONER))
    pdf = client.get(f"/reports/quarterly/pdf?quarter={QUARTER.code}")
    assert pdf.status_code == 200
    path = tmp_path / "quarterly.pdf"
    path.write_bytes(pdf.data)
    artifacts = Path(__file__).resolve().parents[3] / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    for old in artifacts.glob("quarterly-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(artifacts / "quarterly")],
                   check=True, timeout=120)
    images = sorted(artifacts.glob("quarterly-*.png"))
    assert len(images) == len(PdfReader(io.BytesIO(pdf.data)).pages)
    assert all(image.stat().st_size > 10_000 for image in images)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    words = " ".join(text.split())
    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    for headline in report.headlines:
        assert " ".join(headline.split()) in words, headline
    for row in report.tables()[0].rows:
        assert f"{row[0].text} {row[1].text}" in words


def test_the_csv_reads_back_as_numbers_with_a_status_beside_them(council):
    """Read back with pandas, `value`, `low` and `high` are floats (no "'+0.49", "1,320" or
    Unicode minus), each equal to the number people see; a cell not shown has no number and
    its reason in `status`; and still no text cell can start a formula."""
    import pandas as pd

    from feedback.csv_safety import FORMULA_TRIGGERS
    from reports.exports import aggregate_csv

    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    text = aggregate_csv(report)
    frame = pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
    for column in ("value", "low", "high"):
        assert frame[column].dtype == "float64", column
    shown = frame[frame["status"] == "shown"]
    assert len(shown) and shown["value"].notna().sum() > 20
    assert set(frame["status"]) <= {"shown", "text", "not shown", "fewer than 8"}
    assert (frame.loc[frame["status"] == "not shown", "value"].isna()).all()
    counts = shown[shown["kind"] == "count"]
    for value, words in zip(counts["value"], counts["shown"], strict=True):
        assert value == float(words.replace(",", ""))
    distance = shown[shown["table"].str.startswith("Distance travelled")
                     & (shown["column"] == "Average change")]
    assert len(distance)
    for value, words in zip(distance["value"], distance["shown"], strict=True):
        assert f"{value:+.2f}".replace("-", "\u2212") == words.removeprefix("'")
    intervals = shown[shown["kind"].str.endswith("interval")]
    assert len(intervals) and (intervals["low"] <= intervals["high"]).all()
    # Raw cells: a number starting with "-" is a plain negative number, nothing else.
    for row in csv.DictReader(io.StringIO(text)):
        for column, cell in row.items():
            if column in ("value", "low", "high"):
                assert cell == "" or re.fullmatch(r"-?\d+(\.\d+)?", cell), cell
            else:
                assert not cell.startswith(FORMULA_TRIGGERS), cell
