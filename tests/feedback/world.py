"""Three families' feedback, shared by the feedback tests: the keyworker's own caseload, a
colleague's and another team's, with the staff who may or may not see each comment; and reading
the feedback page as a person does."""
from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass

from surveys.questionnaire.comments import known_names_for, store_analysis
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from surveys.records.models import Case, Comment, Locality, Team
from surveys.records.staff import StaffUser
from tests.factories import add_response, make_case, wave_of

OWN_PRAISE = "Priya really listened to us and sorted out the damp in our house"
OWN_COMPLAINT = "We waited months for a housing assessment and nobody called back"
OWN_DISCLOSURE = "My partner hits me when he has been drinking"
COLLEAGUE_COMMENT = "The Tuesday group helped Dawn make friends"
OTHER_TEAM_COMMENT = "The parenting course was brilliant and the kids are calmer at bedtime"


def add_comments(db, case: Case, texts: dict[str, str], *, wave: WaveKind = WaveKind.START,
                 member: int = 0, submitted: bool = True) -> list[Comment]:
    """A member's submitted questionnaire with comments, analysed as at submission."""
    response = add_response(db, wave_of(case, wave), case.family.members[member], {},
                            comments=texts, submitted=submitted)
    names = known_names_for(db, response)
    for comment in response.comments:
        store_analysis(comment, question=comment.question, known_names=names, now=utcnow())
    db.commit()
    return list(response.comments)


@dataclass
class World:
    """Two teams; a keyworker, a colleague and a manager in one, a keyworker in the other."""

    keyworker: StaffUser
    colleague: StaffUser
    manager: StaffUser
    other_keyworker: StaffUser
    commissioner: StaffUser
    admin: StaffUser
    own_case: Case
    colleague_case: Case
    other_case: Case
    praise: Comment
    complaint: Comment
    disclosure: Comment
    colleague_comment: Comment
    other_comment: Comment


def build_world(db, make_staff) -> World:
    """Comments from three families: the keyworker's own, a colleague's and another team's."""
    north, south = Locality(name="North"), Locality(name="South")
    team_a = Team(name="Northgate Family Support", locality=north)
    team_b = Team(name="Southfield Family Support", locality=south)
    db.add_all([team_a, team_b])
    db.commit()
    keyworker = make_staff(Role.KEYWORKER, team_a, name="Priya Raman")
    colleague = make_staff(Role.KEYWORKER, team_a, name="Tomasz Nowicki")
    manager = make_staff(Role.TEAM_MANAGER, team_a, name="Helen Marsh")
    other = make_staff(Role.KEYWORKER, team_b, name="Oskar Lind")
    own_case = make_case(db, keyworker, team_a, family_name="Okafor")
    colleague_case = make_case(db, colleague, team_a, family_name="Bennett", members=(
        ("Dawn", own_case.family.members[0].member_role, own_case.family.members[0].age_band),))
    other_case = make_case(db, other, team_b, family_name="Hughes")
    praise, complaint, disclosure = add_comments(db, own_case, {
        "helped_most": OWN_PRAISE, "do_better": OWN_COMPLAINT, "anything_else": OWN_DISCLOSURE})
    (colleague_comment,) = add_comments(db, colleague_case, {"helped_most": COLLEAGUE_COMMENT})
    (other_comment,) = add_comments(db, other_case, {"helped_most": OTHER_TEAM_COMMENT})
    return World(keyworker, colleague, manager, other, make_staff(Role.COMMISSIONER),
                 make_staff(Role.ADMIN), own_case, colleague_case, other_case, praise, complaint,
                 disclosure, colleague_comment, other_comment)


def page_text(response) -> str:
    """The page as a person reads it: tags removed, spaces collapsed."""
    html = response.get_data(as_text=True)
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(html_entities.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def card_ids(response) -> list[int]:
    """Comment ids in the order their cards appear."""
    return [int(n) for n in re.findall(r'id="comment-(\d+)"', response.get_data(as_text=True))]
