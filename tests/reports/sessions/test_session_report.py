"""Co-production in the quarterly report and the pack: the figures against an independent pandas
count of the sessions table, the disclosure rules on families taking part in every group, titles
redacted, and the web page, CSV, PDF and pack all giving the same section."""
from __future__ import annotations

import io
from datetime import timedelta

import pandas as pd
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from reports.coproduction import build_coproduction_pack
from reports.lattice import protect_place_counts
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from reports.sessions.load import load_sessions, team_localities
from reports.sessions.report import FAMILIES, with_coproduction
from surveys.records.enums import Role
from surveys.records.models import Case, CoproductionSession, Family, Team
from tests.helpers import sign_in
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import read, shown


@pytest.fixture
def sessions(council):
    """Sessions for every team: two to four in the quarter (2 to 9 families each), one the day
    before it starts and one the day after it ends (neither counted); one title names a family
    the team works with."""
    teams = council.scalars(select(Team).order_by(Team.name)).all()
    for index, team in enumerate(teams):
        for n in range(2 + index % 3):
            council.add(CoproductionSession(
                team_id=team.id, held_on=QUARTER.start + timedelta(days=9 + 20 * n),
                title=f"Panel {n + 1}: plain letters", worked_on="Families marked up letters.",
                families=2 + (index * 3 + n) % 8))
        for day in (QUARTER.start - timedelta(days=1), QUARTER.end + timedelta(days=1)):
            council.add(CoproductionSession(team_id=team.id, held_on=day, title="Outside",
                                            worked_on="Not in the quarter.", families=30))
    family = council.scalars(select(Family).join(Case).where(Case.team_id == teams[0].id)).first()
    council.add(CoproductionSession(team_id=teams[0].id, held_on=QUARTER.start + timedelta(days=5),
                                    title=f"Follow-up with the {family.family_name} family",
                                    worked_on="A named family.", families=3))
    council.commit()
    return family.family_name


def _independent(council) -> pd.DataFrame:
    frame = read(council, """SELECT s.held_on, s.families, t.name AS team, l.name AS locality
                             FROM coproduction_sessions s JOIN teams t ON s.team_id = t.id
                             JOIN localities l ON t.locality_id = l.id""")
    held = pd.to_datetime(frame["held_on"])
    return frame[(held >= pd.Timestamp(QUARTER.start)) & (held <= pd.Timestamp(QUARTER.end))]


def _report(council, filters: Filters = Filters()):
    data = load_quarter_data(council, QUARTER)
    report = build_quarterly_report(data, filters)
    return with_coproduction(report, load_sessions(council, QUARTER.start, QUARTER.end),
                             team_localities(council))


def _summary(report) -> dict[str, str]:
    section = next(s for s in report.sections if s.key == "coproduction")
    return {row[0].text: row[1].text for row in section.tables[0].rows}


def test_sessions_and_families_match_an_independent_count(council, sessions):
    expected = _independent(council)
    report = _report(council)
    keys = [s.key for s in report.sections]
    assert keys.index("coproduction") == keys.index("actions") + 1
    summary = _summary(report)
    assert summary["Sessions and panels held"] == str(len(expected))
    assert summary["Families taking part (once for each session)"] == shown(
        int(expected["families"].sum()))
    for team, rows in expected.groupby("team"):
        team_report = _report(council, Filters(team=team))
        if team_report.refusal:
            continue
        figures = _summary(team_report)
        assert figures["Sessions and panels held"] == str(len(rows)), team
        families = int(rows["families"].sum())
        words = figures["Families taking part (once for each session)"]
        assert words in (shown(families), "not shown"), team
        if families < 8:
            assert words == "fewer than 8", team


def test_titles_are_redacted_and_the_quarters_sessions_listed(council, sessions):
    section = next(s for s in _report(council).sections if s.key == "coproduction")
    listed = [row[0].text for row in section.tables[1].rows]
    assert "Follow-up with the [name] family" in listed
    assert sessions not in " ".join(listed)
    assert "Outside" not in listed
    assert len(listed) == len(_independent(council))


def test_no_groups_families_can_be_worked_out_from_the_others(council, sessions):
    """Families taking part across council, localities and teams: never 1 to 7 shown, and no
    team's count follows from its locality's less its other teams'."""
    expected = _independent(council)
    places = team_localities(council)
    counts = {Filters(): {FAMILIES: int(expected["families"].sum())}}
    for loc, rows in expected.groupby("locality"):
        counts[Filters(locality=loc)] = {FAMILIES: int(rows["families"].sum())}
    for team, rows in expected.groupby("team"):
        counts[Filters(team=team)] = {FAMILIES: int(rows["families"].sum())}
    protected = protect_place_counts(counts, places)
    for group, found in protected.items():
        true = counts.get(group, {FAMILIES: 0})[FAMILIES]
        pc = found[FAMILIES]
        assert not (0 < true < 8 and pc.is_shown), group
    for loc in set(places.values()):
        teams = [t for t, place in places.items() if place == loc]
        known = [protected[Filters(team=t)][FAMILIES] for t in teams]
        whole = protected[Filters(locality=loc)][FAMILIES]
        small = [t for t, pc in zip(teams, known, strict=True) if not pc.is_shown
                 and 0 < counts.get(Filters(team=t), {FAMILIES: 0})[FAMILIES] < 8]
        if whole.is_shown and len(small) == 1:
            others = [pc for t, pc in zip(teams, known, strict=True) if t != small[0]]
            if all(pc.is_shown for pc in others):
                # What a reader can work out: a shown count is within 2 of the truth (and 8 or
                # more); the small team's count must still have more than one possible value.
                low = max(0, whole.shown - 2 - sum(pc.shown + 2 for pc in others))
                high = min(7, whole.shown + 2 - sum(max(8, pc.shown - 2) for pc in others))
                assert high > low, loc


@pytest.mark.parametrize(("localities", "families", "shown_as"), [
    # one locality, two teams: 5 and 12 families; the 12 would give the 5 away from the 17
    ({"A": "North", "B": "North"}, {"A": 5, "B": 12}, {"A": "fewer than 8", "B": "not shown"}),
    ({"A": "North", "B": "North"}, {"A": 20, "B": 12}, {"A": "20", "B": "10"}),
    ({"A": "North", "B": "South"}, {"A": 0, "B": 9}, {"A": "fewer than 8", "B": "10"}),
])
def test_families_taking_part_follow_the_small_number_rule(localities, families, shown_as):
    counts = {Filters(team=t): {FAMILIES: n} for t, n in families.items()}
    counts[Filters()] = {FAMILIES: sum(families.values())}
    for loc in set(localities.values()):
        counts[Filters(locality=loc)] = {FAMILIES: sum(n for t, n in families.items()
                                                       if localities[t] == loc)}
    protected = protect_place_counts(counts, localities)
    assert {t: protected[Filters(team=t)][FAMILIES].text for t in families} == shown_as


def test_the_page_csv_pdf_and_pack_agree(client, council, sessions, make_staff):
    sign_in(client, make_staff(Role.COMMISSIONER))
    query = f"quarter={QUARTER.code}"
    page = client.get(f"/reports/quarterly?{query}").get_data(as_text=True)
    assert "Co-production: families designing the service" in page
    assert "Follow-up with the [name] family" in page and sessions not in page
    report = _report(council)
    if report.window is None:
        summary = _summary(report)
        csv = pd.read_csv(io.StringIO(client.get(f"/reports/quarterly/csv?{query}").get_data(
            as_text=True)), keep_default_na=False)
        rows = csv[csv["table"] == "Co-production sessions and panels in the quarter"]
        assert dict(zip(rows["row"], rows["shown"], strict=True)) == summary
        pack = build_coproduction_pack(report)
        assert next(s for s in pack.sections if s.key == "coproduction") == next(
            s for s in report.sections if s.key == "coproduction")
        pack_page = client.get(f"/reports/co-production?{query}").get_data(as_text=True)
        for words in summary.values():
            assert words in pack_page
    pdf = client.get(f"/reports/co-production/pdf?{query}")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "Co-production: families designing the service" in " ".join(text.split())
    assert "[name]" in text and sessions not in text

