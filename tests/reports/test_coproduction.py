"""The co-production pack: what matters, what moved least, what changed, questions for the room."""
from __future__ import annotations

import io

from pypdf import PdfReader

from reports.coproduction import build_coproduction_pack
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from surveys.records.enums import Role
from tests.helpers import sign_in
from tests.reports.council import QUARTER


def test_the_pack_ranks_themes_and_areas_and_asks_questions(council):  # noqa: F811
    pack = build_coproduction_pack(build_quarterly_report(load_quarter_data(council, QUARTER)))
    matters, least, changed, questions = pack.sections
    ranks = [int(row[2].text.replace(",", "")) for row in matters.tables[0].rows]
    assert ranks == sorted(ranks, reverse=True)
    changes = [row[1].number for row in least.tables[0].rows]
    assert changes == sorted(changes)
    assert changed.tables and questions.paragraphs
    assert any("moved least" in q for q in questions.paragraphs)


def test_the_pack_page_and_pdf_agree(client, council, make_staff):  # noqa: F811
    sign_in(client, make_staff(Role.COMMISSIONER))
    page = client.get(f"/reports/co-production?quarter={QUARTER.code}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Questions to take into the room" in html
    pdf = client.get(f"/reports/co-production/pdf?quarter={QUARTER.code}")
    assert pdf.mimetype == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "What matters most to families" in text and "Questions to take into the room" in text


def test_the_pack_uses_the_reports_window_counts_and_quotes(client, council, make_staff,
                                                            monkeypatch):
    from reports.quarterly.model import Filters
    from reports.quarterly.rolling import RollingYear, as_rolling_year, needs_wider_window
    from tests.reports.council import TODAY

    data = load_quarter_data(council, QUARTER)
    report = build_quarterly_report(data)
    matters = build_coproduction_pack(report).sections[0]
    themes = next(s for s in report.sections if s.key == "themes")
    assert themes.paragraphs[0] in matters.paragraphs  # the same count of comments
    assert matters.quotes == themes.quotes and matters.quotes
    team = next(t for t in sorted(data.team_localities)
                if needs_wider_window(build_quarterly_report(data, Filters(team=t))))
    window = RollingYear(QUARTER)
    wide = as_rolling_year(build_quarterly_report(load_quarter_data(council, window),
                                                  Filters(team=team)), QUARTER, window)
    pack = build_coproduction_pack(wide)
    assert pack.sections[0].paragraphs[0] == wide.headlines[0]
    later = [p for s in pack.sections for p in s.paragraphs][1:]  # after the window's headline
    assert not any("this quarter" in p for p in later)
    monkeypatch.setattr("reports.views.today", lambda: TODAY)
    sign_in(client, make_staff(Role.COMMISSIONER))
    page = client.get(f"/reports/co-production?quarter={QUARTER.code}&team={team}")
    assert page.status_code == 200
    assert f"these figures are for {window.to_words}" in page.get_data(as_text=True)
