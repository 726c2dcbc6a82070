"""The journey page and the family's PDF show the library's numbers for a hand-worked family."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, score_answers
from reports.journey.build import build_journey, praise_sentence
from reports.journey.model import MemberRecord, ResponseRecord
from surveys.records.enums import Role, WaveKind
from surveys.records.models import AuditEvent, ReliabilityEstimate
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in
from tests.reports.journey.families import (
    COMMUNITY,
    make_okafor_family,
    make_three_voices_family,
)

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

    # One table per area (and overall): each person as a row, then the family's average, with
    # what changed in plain words under the name, then start, middle and close.
    assert found["total-table"] == [
        ["Who", "Start", "Middle", "Close"],
        ["Grace A real step forward", "2.0", "3.0", "4.0"],
        ["Tobi About the same", "3.0", "no score–", "2.4"],
        # The family's change is the mean of Grace's and Tobi's own changes: overall
        # (2.0 + (45/19 - 3)) / 2 = +0.68.
        ["Family average Average change +0.7", "2.5", "3.0", "3.2"],
    ]
    # community (+2 - 2) / 2 = 0; the other areas (+2 + 0) / 2 = +1.
    assert found["community-table"][1:] == [
        ["Grace A real step forward", "2.0", "3.0", "4.0"],
        ["Tobi A harder time than before", "3.0", "no score–", "1.0"],
        ["Family average Average change 0.0", "2.5", "3.0", "2.5"],
    ]
    for area in ("getting_on", "hopes", "confidence"):
        assert found[f"{area}-table"][1:] == [
            ["Grace A real step forward", "2.0", "3.0", "4.0"],
            ["Tobi About the same", "3.0", "no score–", "3.0"],
            ["Family average Average change +1.0", "2.5", "3.0", "3.5"],
        ]
    assert ("Overall change for the family: <strong>+0.7 points</strong> on average, 2 people "
            "compared with themselves between the start and the close.") in html
    assert ("The family's change is the average change of Grace and Tobi, who answered at both "
            "the start and the close; each person counts equally.") in unescape(html)
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
    svg = re.search(r'<svg [^>]*aria-labelledby="chart-total-title"[^>]*>', html).group(0)
    assert 'role="img"' in svg
    assert ('<title id="chart-total-title">Overall: each person at start, middle and close'
            '</title>') in html
    assert ("Grace: 2.0 at the start, 3.0 at the middle, 4.0 at the close; a real step forward. "
            "Tobi: 3.0 at the start, no score at the middle, 2.4 at the close; about the same. "
            "Family average: 2.5 at the start, 3.0 at the middle, 3.2 at the close; average "
            "change +0.7.") in unescape(html)
    # Each area's chart sits in a figure with a caption, and the overall one is open first.
    assert html.count("<figure") == 5 and html.count("<figcaption") == 5
    assert '<details class="govuk-details fv-area" id="side-by-side-total" open>' in html
    assert "style=" not in html


def test_every_voice_shows_different_views_side_by_side(client, okafor, keyworker):
    """Grace says 'mostly like us' (4) where Tobi says 'not like us at all' (1)."""
    sign_in(client, keyworker)
    html = client.get(f"/cases/{okafor.id}/journey").get_data(as_text=True)
    section = html[html.index('id="differences"'):html.index('id="each-person"')]
    assert "We feel part of our community." in section
    assert "Mostly like us (4)" in section and "Not like us at all (1)" in section
    assert "We get on well as a family." not in section  # 4 against 3 is not a big difference


def test_every_voice_says_where_everyone_agrees_strongly(client, db, keyworker, team):
    """At the close Ama (4), Kofi (5) and Esi (4) all say every statement is like them: "You
    all said"; the Okafor family, split 4 against 1 on community, agrees on nothing strongly."""
    mensah = make_three_voices_family(db, keyworker, team)
    sign_in(client, keyworker)
    html = unescape(client.get(f"/cases/{mensah.id}/journey").get_data(as_text=True))
    section = html[html.index('id="agreements"'):html.index('id="differences"')]
    assert "At the close, everyone who answered said the same about these." in section
    assert "You all said these are like your family:" in section
    assert ('<li>“We get on well as a family.” '
            '<span class="govuk-body-s">(Kofi 5, Ama 4, Esi 4)</span></li>') in section
    assert section.count("<li>") == len(FAMILY_OUTCOMES.items)
    assert "not like your family" not in section
    assert "No big differences between what people said at the close." in html


def test_agreements_count_everyone_who_answered_at_the_latest_shared_wave():
    """Two members at 4 and 5 agree; 4 and 3 do not; all at 1-2 agree it is not like them."""
    members = [MemberRecord(1, "Ama", "Parent or carer"), MemberRecord(2, "Kofi", "Young person")]

    def answered(first: int, second: int):
        return [ResponseRecord(1, "start", "family-outcomes", 1, all_items(first), {}, {}),
                ResponseRecord(2, "start", "family-outcomes", 1, all_items(second), {}, {})]

    assert all(a.is_like_us for a in build_journey(members, answered(4, 5)).agreements)
    assert build_journey(members, answered(4, 3)).agreements == ()
    unlike = build_journey(members, answered(1, 2)).agreements
    assert unlike and not any(a.is_like_us for a in unlike)
    assert build_journey(members[:1], answered(4, 5)[:1]).agreements == ()  # one voice alone


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
    assert tables(html)["total-table"][2] == [
        "Tobi A harder time than before", "3.0", "no score–", "2.4"]
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
