"""The journey page and the family's PDF show the library's numbers for a hand-worked family."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, score_answers
from reports.journey.build import praise_sentence
from surveys.records.enums import Role, WaveKind
from surveys.records.models import AuditEvent, ReliabilityEstimate
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in
from tests.reports.journey.families import COMMUNITY, make_okafor_family

AREAS = ["Connected to our community", "Getting on as a family", "Hopes and plans",
         "Confidence and belief in ourselves", "Overall"]


class _Tables(HTMLParser):
    """Rows of text cells of every table with an id, keyed by that id."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.current: str | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id"):
            self.current = attrs["id"]
            self.tables[self.current] = []
        elif tag == "tr" and self.current:
            self.tables[self.current].append([])
        elif tag in ("td", "th") and self.current:
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag):
        if tag == "table":
            self.current = None
        elif tag in ("td", "th") and self.current and self.cell is not None:
            self.tables[self.current][-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def tables(html: str) -> dict[str, list[list[str]]]:
    """Every table on the page with an id, as rows of cell text."""
    parser = _Tables()
    parser.feed(html)
    return parser.tables


@pytest.fixture
def keyworker(make_staff, team):
    """The keyworker who holds the Okafor case."""
    return make_staff(Role.KEYWORKER, team, name="Kim Keyworker")


@pytest.fixture
def okafor(db, keyworker, team):
    """The hand-worked family (see journey_fixtures)."""
    return make_okafor_family(db, keyworker, team)


def test_hand_worked_answers_give_the_hand_worked_library_scores():
    """The fixture's arithmetic, checked against the library once, so the page tests can rely
    on numbers written by hand."""
    tobi_close = score_answers({**all_items(3), **{c: 1 for c in COMMUNITY}},
                               FAMILY_OUTCOMES_CHILD)
    assert tobi_close.areas["community"].score == 1.0
    assert tobi_close.total == pytest.approx(45 / 19)
    assert score_answers(all_items(2), FAMILY_OUTCOMES).total == 2.0


def test_page_shows_each_persons_scores_and_change_in_plain_words(client, okafor, keyworker):
    """Numbers and words on the page are the hand-worked ones."""
    sign_in(client, keyworker)
    response = client.get(f"/cases/{okafor.id}/journey")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    grace, tobi = okafor.family.members
    found = tables(html)

    family = found["family-table"]
    # Each row: the area and what changed in plain words, then start, middle and close.
    assert family[0] == ["Area", "Start", "Middle", "Close"]
    # The family's change is the mean of Grace's and Tobi's own changes: community (+2 - 2) / 2,
    # the other areas (+2 + 0) / 2, overall (2.0 + (45/19 - 3)) / 2 = +0.68.
    assert family[1:] == [
        ["Connected to our community Change 0.0", "2.5", "3.0", "2.5"],
        ["Getting on as a family Change +1.0", "2.5", "3.0", "3.5"],
        ["Hopes and plans Change +1.0", "2.5", "3.0", "3.5"],
        ["Confidence and belief in ourselves Change +1.0", "2.5", "3.0", "3.5"],
        ["Overall Change +0.7", "2.5", "3.0", "3.2"],
    ]
    assert ("Overall change: <strong>+0.7 points</strong> on average, 2 people compared with "
            "themselves between the start and the close.") in html
    assert ("The family's change is the average change of Grace and Tobi, who answered at both "
            "the start and the close; each person counts equally.") in unescape(html)
    assert found[f"member-{grace.id}-table"][1:] == [
        [f"{area} A real step forward", "2.0", "3.0", "4.0"] for area in AREAS]
    assert found[f"member-{tobi.id}-table"][1:] == [
        ["Connected to our community A harder time than before", "3.0", "no score–", "1.0"],
        ["Getting on as a family About the same", "3.0", "no score–", "3.0"],
        ["Hopes and plans About the same", "3.0", "no score–", "3.0"],
        ["Confidence and belief in ourselves About the same", "3.0", "no score–", "3.0"],
        ["Overall About the same", "3.0", "no score–", "2.4"],
    ]
    assert "Overall: <strong>a real step forward</strong> (2.0 at the start, 4.0 at the close)" \
        in html
    # The numbers behind the words, one tap away: Tobi overall 3.00 -> 2.37, threshold 0.81.
    assert "change −0.6 points (3.00 to 2.37)" in html
    assert "a real change needs more than 0.81 points" in html
    assert "Whether a change is real is judged for each person only" in html
    assert "<strong>provisional</strong>" in html


def test_chart_has_a_name_a_text_alternative_and_a_table(client, okafor, keyworker):
    """Each chart is an image named by its title, described in words, beside its data table."""
    sign_in(client, keyworker)
    html = client.get(f"/cases/{okafor.id}/journey").get_data(as_text=True)
    svg = re.search(r'<svg [^>]*aria-labelledby="chart-family-title"[^>]*>', html).group(0)
    assert 'role="img"' in svg
    assert '<title id="chart-family-title">The family\'s scores at start, middle and close</title>' \
        in html
    assert "Overall: 2.5 at the start, 3.0 at the middle, 3.2 at the close." in html
    assert "style=" not in html


def test_every_voice_shows_different_views_side_by_side(client, okafor, keyworker):
    """Grace says 'mostly like us' (4) where Tobi says 'not like us at all' (1)."""
    sign_in(client, keyworker)
    html = client.get(f"/cases/{okafor.id}/journey").get_data(as_text=True)
    section = html[html.index('id="every-voice"'):html.index('id="praise"')]
    assert "We feel part of our community." in section
    assert "Mostly like us (4)" in section and "Not like us at all (1)" in section
    assert "We get on well as a family." not in section  # 4 against 3 is not a big difference


def test_praise_goals_service_and_flagged_comments_are_shown(client, okafor, keyworker):
    """Praise in the family's words, goals over time, service answers, flags first."""
    sign_in(client, keyworker)
    html = client.get(f"/cases/{okafor.id}/journey").get_data(as_text=True)
    assert "You told us you now get on well as a family." in html
    goals = tables(html)
    assert "Grace" in html and "Tobi gets to school on time" in html
    assert "A real step forward (+6)" in html  # Grace, goal 1: 2 at the start, 8 at the close
    assert "They listen to me and then they act." in html and "Completely true" in html
    assert "1 safeguarding flag has not been acknowledged yet" in html
    comments = html[html.index('id="comments"'):]
    assert comments.index("scared to walk home") < comments.index("someone to call")
    assert "Safeguarding flag: not yet acknowledged" in comments
    assert goals  # the page's tables parse


def test_unsubmitted_answers_do_not_count(client, db, keyworker, team):
    """A questionnaire saved but not sent is not part of the journey."""
    case = make_case(db, keyworker, team)
    grace = case.family.members[0]
    add_response(db, wave_of(case, WaveKind.START), grace, all_items(5), submitted=False)
    sign_in(client, keyworker)
    html = client.get(f"/cases/{case.id}/journey").get_data(as_text=True)
    assert "No one in the family has sent a questionnaire yet" in html


def test_frozen_estimate_replaces_the_provisional_figures(client, db, okafor, keyworker):
    """With this council's frozen SD 0.3 and reliability 0.9 for the child version's total, the
    threshold is 1.96 x sqrt(2) x 0.3 x sqrt(0.1) = 0.26, so Tobi's -0.63 becomes a harder
    time; the adult version's figures (here absent, so provisional) still judge Grace."""
    db.add(ReliabilityEstimate(instrument_code="family-outcomes-child", instrument_version=1,
                               scope="total", sd=0.3, reliability=0.9, families=64))
    db.commit()
    sign_in(client, keyworker)
    html = client.get(f"/cases/{okafor.id}/journey").get_data(as_text=True)
    tobi = okafor.family.members[1]
    assert tables(html)[f"member-{tobi.id}-table"][5] == [
        "Overall A harder time than before", "3.0", "no score–", "2.4"]
    assert "a real change needs more than 0.26 points" in html
    assert "own figures, frozen on" in html


def test_viewing_and_downloading_are_audited(client, db, okafor, keyworker):
    """Looking at a family's journey, and taking its PDF, leave a trace."""
    sign_in(client, keyworker)
    client.get(f"/cases/{okafor.id}/journey")
    client.get(f"/cases/{okafor.id}/journey/our-journey.pdf")
    actions = db.scalars(select(AuditEvent.action).where(AuditEvent.target_id == okafor.id)).all()
    assert "journey_viewed" in actions and "journey_pdf_downloaded" in actions


@pytest.mark.parametrize("role", [Role.COMMISSIONER, Role.ADMIN])
def test_only_case_holders_see_a_journey(client, make_staff, team, okafor, role):
    """Commissioners and administrators never see a family's journey."""
    sign_in(client, make_staff(role, team))
    assert client.get(f"/cases/{okafor.id}/journey").status_code == 404
    assert client.get(f"/cases/{okafor.id}/journey/our-journey.pdf").status_code == 404


def test_another_keyworkers_family_looks_like_it_is_not_there(client, make_staff, team, okafor):
    """Out of scope is a 404, exactly like a missing case."""
    sign_in(client, make_staff(Role.KEYWORKER, team))
    assert client.get(f"/cases/{okafor.id}/journey").status_code == 404
    assert client.get(f"/cases/{okafor.id}/journey/our-journey.pdf").status_code == 404


def test_team_manager_sees_a_journey_in_their_team(client, make_staff, team, okafor):
    """Team managers review journeys across their team."""
    sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    assert client.get(f"/cases/{okafor.id}/journey").status_code == 200


def test_case_page_links_to_the_journey(client, okafor, keyworker):
    """The case page offers the review."""
    sign_in(client, keyworker)
    html = client.get(f"/cases/{okafor.id}").get_data(as_text=True)
    assert f'href="/cases/{okafor.id}/journey">Review the family\'s journey</a>' in html


@pytest.mark.parametrize(("statement", "is_new", "expected"), [
    ("We ask for help when we need it.", True, "You told us you now ask for help when you need it."),
    ("We can trust people outside our family.", True,
     "You told us you can now trust people outside your family."),
    ("Each of us feels like an OK person.", True,
     "You told us each of you now feels like an OK person."),
    ("We have ideas for things to do together.", True,
     "You told us you now have ideas for things to do together."),
    ("We get on well as a family.", False, "You told us you get on well as a family."),
])
def test_praise_speaks_to_the_family(statement, is_new, expected):
    """Statements turn into praise said to the family."""
    assert praise_sentence(statement, is_new=is_new) == expected
