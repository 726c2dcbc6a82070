"""Reliable change in the quarterly report: each member judged with their own questionnaire's
figures (issue 15 D3), and a past quarter rebuilt later gives the figures it gave then (issue 15
part 5). Hand-worked numbers; fixed dates, never the wall clock."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from reports.journey.views import load_journey
from reports.quarterly.content import build_quarterly_report, parameters_used
from reports.quarterly.figures import raw_figures
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from reports.quarterly.period import Quarter
from surveys.questionnaire.reliability import load_frozen_parameters, re_estimate_reliability
from surveys.records.enums import AgeBand, MemberRole, Role, WaveKind
from surveys.records.models import ReliabilityEstimate
from tests.factories import (
    add_families_answering_start,
    add_response,
    all_items,
    make_case,
    wave_of,
)

QUARTER = Quarter(2025, 2)  # April to June 2025
START_SENT = datetime(2025, 1, 10, 10, tzinfo=UTC)
CLOSE_SENT = datetime(2025, 5, 15, 10, tzinfo=UTC)


@pytest.fixture
def worker(make_staff, team):
    """The keyworker holding every case here."""
    return make_staff(Role.KEYWORKER, team)


def _family(db, worker, team, parent: tuple[int, int], child: tuple[int, int]):
    """A parent and a child (who answers the child version) answering at the start in January
    and at the close in May 2025, every statement at the given value."""
    case = make_case(db, worker, team, opened_on=date(2025, 1, 6),
                     members=(("Ama", MemberRole.PARENT_CARER, AgeBand.ADULT),
                              ("Esi", MemberRole.CHILD, AgeBand.CHILD)))
    ama, esi = case.family.members
    for kind, sent, at in ((WaveKind.START, START_SENT, 0), (WaveKind.CLOSE, CLOSE_SENT, 1)):
        wave = wave_of(case, kind)
        for member, values in ((ama, parent), (esi, child)):
            add_response(db, wave, member, all_items(values[at])).submitted_at = sent
        wave.completed_on = sent.date()
    db.commit()
    return case


def _freeze(db, code: str, sd: float, reliability: float, in_force_from: date) -> None:
    db.add(ReliabilityEstimate(instrument_code=code, instrument_version=1, scope="total", sd=sd,
                               reliability=reliability, families=60,
                               frozen_at=datetime.combine(in_force_from, datetime.min.time(),
                                                          tzinfo=UTC),
                               in_force_from=in_force_from))
    db.commit()


def _total_changes(db) -> dict[str, int]:
    raw = raw_figures(load_quarter_data(db, QUARTER), Filters())
    return {c: raw.counts[("change", "total", c)] for c in ("improved", "no_change",
                                                           "deteriorated")}


def test_a_child_is_judged_with_the_child_versions_figures_in_journey_and_report(
        db, worker, team):
    """Ama 3 -> 3 (0.0); Esi, on the child version, 3 -> 4 (+1.0). The adult version's frozen
    SD 0.3 and alpha 0.9 give a threshold of 1.96 x sqrt(2) x 0.3 x sqrt(0.1) = 0.26, which
    would call Esi "reliably improved"; the child version's SD 1.2 and alpha 0.8 give
    1.96 x sqrt(2) x 1.2 x sqrt(0.2) = 1.49, so Esi is "about the same" on her journey page
    and "no reliable change" in the report."""
    case = _family(db, worker, team, parent=(3, 3), child=(3, 4))
    _freeze(db, "family-outcomes", 0.3, 0.9, date(2025, 1, 1))
    _freeze(db, "family-outcomes-child", 1.2, 0.8, date(2025, 1, 1))
    esi = load_journey(db, case).members[1]
    assert esi.name == "Esi" and esi.overall.verdict.category == "no_change"
    assert esi.overall.verdict.threshold == pytest.approx(1.4875, abs=1e-4)
    assert _total_changes(db) == {"improved": 0, "no_change": 2, "deteriorated": 0}


def test_the_report_names_a_provisional_child_version(db, worker, team):
    """Only the adult version's total is frozen: the note names the child version's total as
    provisional (and every area of both versions), and the child is judged with SD 0.75 and
    alpha 0.85 (threshold 0.81): +1.0 is a reliable improvement."""
    for _ in range(8):
        _family(db, worker, team, parent=(3, 3), child=(3, 4))
    _freeze(db, "family-outcomes", 0.3, 0.9, date(2025, 1, 1))
    data = load_quarter_data(db, QUARTER)
    report = build_quarterly_report(data)
    raw = raw_figures(data, Filters())
    assert raw.counts[("change", "total", "improved")] == 8
    used = {(p.instrument_code, p.scope): p.is_provisional for p in parameters_used(raw)}
    assert used[("family-outcomes", "total")] is False
    assert used[("family-outcomes-child", "total")] is True
    notes = " ".join(n for t in report.tables() for n in t.notes)
    assert ("the total score, \u201cConnected to our community\u201d, \u201cGetting on as a "
            "family\u201d, \u201cHopes and plans\u201d and \u201cConfidence and belief in "
            "ourselves\u201d of Family outcomes (children aged about 8 to 12) version 1") in notes
    assert ("\u201cConnected to our community\u201d, \u201cGetting on as a family\u201d, "
            "\u201cHopes and plans\u201d and \u201cConfidence and belief in ourselves\u201d of "
            "Family outcomes (adults) version 1") in notes


def test_a_past_quarter_keeps_the_figures_in_force_when_it_closed(db, worker, team):
    """Ama 3 -> 4 (+1.0). In force from 1 January 2025: SD 0.3, alpha 0.9 (threshold 0.26), so
    Ama reliably improved. A re-estimate in force from 1 August 2025 (SD 1.2, alpha 0.8,
    threshold 1.49) would call her "no change", but the April-June 2025 report rebuilt after it
    still says "improved"; the journey page, read now, uses the newest figures."""
    case = _family(db, worker, team, parent=(3, 4), child=(3, 3))
    _freeze(db, "family-outcomes", 0.3, 0.9, date(2025, 1, 1))
    before = _total_changes(db)
    assert before["improved"] == 1
    _freeze(db, "family-outcomes", 1.2, 0.8, date(2025, 8, 1))
    assert _total_changes(db) == before
    data = load_quarter_data(db, QUARTER)
    adult = data.parameters[("family-outcomes", 1, "total")]
    assert (adult.sd, adult.reliability, adult.in_force_from) == (0.3, 0.9, date(2025, 1, 1))
    assert data.parameters_as_of == date(2025, 6, 30)
    assert load_journey(db, case).members[0].overall.verdict.category == "no_change"
    # A quarter that closed after the new figures came in uses them.
    later = load_quarter_data(db, Quarter(2025, 3)).parameters[("family-outcomes", 1, "total")]
    assert (later.sd, later.reliability) == (1.2, 0.8)


def test_figures_frozen_after_a_quarter_closed_never_reach_it(db, worker, team):
    """Nothing frozen by 30 June 2025: the quarter is judged with the provisional figures, even
    when rebuilt after this council's own are frozen in July."""
    _family(db, worker, team, parent=(3, 4), child=(3, 3))
    _freeze(db, "family-outcomes", 0.3, 0.9, date(2025, 7, 1))
    adult = load_quarter_data(db, QUARTER).parameters[("family-outcomes", 1, "total")]
    assert adult.is_provisional and "No estimate was frozen by 30 June 2025." in adult.source


def test_a_re_estimate_adds_a_set_and_keeps_the_old_one(db, worker, team):
    """50 families freeze on 1 March; 20 more and a re-estimate on 1 September add a second set
    in force from then. Asked for 31 March, the first set; for now, the second."""
    add_families_answering_start(db, worker, team, 50)
    from surveys.questionnaire.reliability import freeze_reliability

    freeze_reliability(db, datetime(2025, 3, 1, 9, tzinfo=UTC))
    add_families_answering_start(db, worker, team, 20, seed=99)
    stored = re_estimate_reliability(db, datetime(2025, 9, 1, 9, tzinfo=UTC))
    db.commit()
    assert ("family-outcomes", 1, "total") in stored
    rows = db.scalars(select(ReliabilityEstimate).where(
        ReliabilityEstimate.scope == "total",
        ReliabilityEstimate.instrument_code == "family-outcomes")).all()
    assert sorted((r.in_force_from, r.families) for r in rows) == [
        (date(2025, 3, 1), 50), (date(2025, 9, 1), 70)]
    key = ("family-outcomes", 1, "total")
    assert load_frozen_parameters(db, as_of=date(2025, 3, 31))[key].n_families == 50
    assert load_frozen_parameters(db)[key].n_families == 70
    assert key not in load_frozen_parameters(db, as_of=date(2025, 2, 28))
    # A second re-estimate the same day changes nothing.
    re_estimate_reliability(db, datetime(2025, 9, 1, 15, tzinfo=UTC))
    db.commit()
    assert len(db.scalars(select(ReliabilityEstimate).where(
        ReliabilityEstimate.scope == "total",
        ReliabilityEstimate.instrument_code == "family-outcomes")).all()) == 2


def test_every_report_has_a_methods_appendix_with_the_figures_in_force(
        client, db, worker, team, make_staff):
    """The appendix names the interval methods, each questionnaire's SD and alpha with the
    families they came from (rounded to 5: 60) and the day they came into force, the day the
    figures were taken at, and that the four areas are this product's grouping, on the page,
    in the PDF and in the CSV, even for a report refused as too small."""
    import csv
    import io

    from pypdf import PdfReader

    from reports.exports import aggregate_csv
    from reports.quarterly.pdf import render_quarterly_pdf
    from tests.helpers import sign_in

    _family(db, worker, team, parent=(3, 4), child=(3, 3))
    _freeze(db, "family-outcomes", 0.3, 0.9, date(2025, 1, 1))
    _freeze(db, "family-outcomes", 1.2, 0.8, date(2025, 8, 1))  # too late for this quarter
    report = build_quarterly_report(load_quarter_data(db, QUARTER))
    assert report.refusal  # one family: too small to report, but the appendix is there
    appendix = report.appendix
    words = " ".join(appendix.paragraphs)
    assert "Wilson score intervals" in words and "cluster-robust" in words
    assert "figures in force on 30 June 2025, the last day of the quarter" in words
    assert "this product's own grouping" in words and "Cronbach's alpha" in words
    rows = {(r[0].text, r[1].text): [c.text for c in r[2:]] for r in appendix.tables[0].rows}
    assert rows[("Family outcomes (adults) version 1", "All areas (total score)")] == [
        "0.300", "0.900", "0.26", "60", "1 January 2025"]
    assert rows[("Family outcomes (children aged about 8 to 12) version 1",
                 "All areas (total score)")] == [
        "0.750", "0.850", "0.81", "provisional: assumed figures", "provisional"]
    assert len(rows) == 15  # total and four areas, for each of three questionnaires

    pdf = render_quarterly_pdf(report, council="Testshire")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Appendix: methods" in text and "1 January 2025" in text
    assert "this product's own grouping" in text
    csv_rows = list(csv.DictReader(io.StringIO(aggregate_csv(report))))
    sd = next(r for r in csv_rows if r["table"].startswith("SD and Cronbach")
              and r["row"] == "Family outcomes (adults) version 1"
              and r["column"] == "SD of start scores")
    assert float(sd["value"]) == 0.3 and sd["status"] == "shown"

    sign_in(client, make_staff(Role.COMMISSIONER))
    page = client.get("/reports/quarterly", query_string={"quarter": QUARTER.code})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'id="methods-heading">Appendix: methods</h2>' in html and "1 January 2025" in html
