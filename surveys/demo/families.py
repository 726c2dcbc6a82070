"""The demo council's families as plain values: who is in them, their waves, cases and the counts
of what was written, with database ids once inserted. The answer builder and the council builder
share them."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, Instrument
from surveys.demo.voices import ADULT, CHILD, YOUNG
from surveys.records.enums import AgeBand, FatherOrMaleCarer, MemberRole, WaveKind, WaveStatus

# By default about 600 families in the last two years (a mid-sized council's early help caseload,
# some 75 new cases a quarter), and the half year before them, whose cases close in the first
# quarters reported (the council builder spreads cases over two and a half years).
DEMO_FAMILIES = 750

# How a family's answers move from start to close.
A_LOT = "a_lot"  # improved a lot
IMPROVED = "improved"  # improved a little
SAME = "same"
WORSE = "worse"

FAMILY_NAMES = (
    "Khan", "Smith", "Nowak", "Okafor", "Jones", "Patel", "Williams", "Taylor", "Brown", "Hussain",
    "Evans", "Murphy", "Kowalski", "Begum", "Ahmed", "Wilson", "Davies", "Thompson", "Mensah",
    "Ali", "Robinson", "Clarke", "Wright", "Walker", "Hall", "Green", "Lewis", "Hughes", "Edwards",
    "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Campbell", "Kelly",
    "Singh", "Shah", "Rahman", "Popescu", "Osei", "Adeyemi", "Mahmood", "Francis", "Bennett",
    "Price", "Reid", "Gray", "Mitchell", "Fraser", "Doherty", "Lindqvist", "Nguyen", "Sahin",
    "Ozturk", "Gallagher", "Hamilton", "Jackson", "Roberts", "Johnson", "Phillips", "Kaczmarek",
    "Mohamed", "Iqbal", "Chowdhury", "Asante", "Boateng", "Okonkwo", "Nwosu", "Dumitru", "Ionescu",
    "Horvat", "Kuznetsova", "Ferreira", "Da Silva", "McCarthy", "O'Brien", "Quinlan", "Sutherland",
    "Pritchard", "Llewellyn", "Whitehead", "Ashton", "Pearson", "Dawson", "Barnes", "Holmes",
    "Lloyd", "Parkinson", "Hargreaves", "Atkinson", "Simpson", "Kaur", "Malik", "Yilmaz", "Tran",
    "Abdi", "Warsame", "Haddad",
)
# Parents and carers; then children and young people. No name is in both, so no child shares a
# parent's name, and none is an everyday word a comment might use.
ADULT_NAMES = (
    "Sarah", "Leanne", "Aisha", "Gemma", "Kirsty", "Nasreen", "Joanne", "Marta", "Chidi", "Dean",
    "Lee", "Tariq", "Paul", "Stacey", "Agnieszka", "Shabana", "Kelly", "Mark", "Donna", "Ifeoma",
    "Craig", "Lisa", "Samira", "Wayne", "Claire", "Jamal", "Natalie", "Rebecca", "Hayley", "Jodie",
    "Fatima", "Halima", "Ewa", "Oksana", "Danielle", "Shannon", "Jason", "Darren", "Gary", "Ryan",
    "Kamran", "Bilal", "Tomasz", "Emeka", "Steven", "Anthony", "Kayleigh", "Chantelle", "Roxanne",
    "Michelle", "Amina", "Hodan", "Andreea", "Siobhan",
)
# The parents' and carers' names above that fathers and male carers go by.
MALE_ADULT_NAMES = frozenset((
    "Chidi", "Dean", "Lee", "Tariq", "Paul", "Mark", "Craig", "Wayne", "Jamal", "Jason", "Darren",
    "Gary", "Ryan", "Kamran", "Bilal", "Tomasz", "Emeka", "Steven", "Anthony"))
YOUNG_NAMES = (
    "Tyler", "Ellie", "Kai", "Amelia", "Zain", "Ruby", "Jayden", "Maya", "Leo", "Aaliyah", "Mason",
    "Poppy", "Oskar", "Isla", "Ibrahim", "Lacey", "Reggie", "Nia", "Harvey", "Sofia", "Alfie",
    "Hafsa", "Logan", "Evie", "Kacper", "Mia", "Theo", "Oliver", "Freya", "Archie", "Lily", "Jacob",
    "Riley", "Olivia", "Noah", "Muhammad", "Layla", "Finley", "Scarlett", "Ethan", "Ava", "Kian",
    "Tilly", "Dylan", "Maisie", "Bartosz", "Amara", "Ayaan", "Connor", "Liliana", "Hamza", "Esme",
    "Frankie", "Marcel", "Darcey", "Jenson",
)


@dataclass
class DemoMember:
    """A family member as the answer builder needs them."""

    first_name: str
    member_role: MemberRole
    age_band: AgeBand
    id: int | None = None

    @property
    def answers_questionnaire(self) -> bool:
        """Children under 8 are heard through their family, not a questionnaire of their own."""
        return self.age_band is not AgeBand.UNDER_8

    @property
    def audience(self) -> str:
        """Whose words this member writes in: an adult's, a young person's or a child's."""
        return {MemberRole.PARENT_CARER: ADULT, MemberRole.YOUNG_PERSON: YOUNG,
                MemberRole.CHILD: CHILD}[self.member_role]

    @property
    def instrument(self) -> Instrument:
        """Children get the child questionnaire; parents and young people the adult one."""
        return FAMILY_OUTCOMES_CHILD if self.member_role is MemberRole.CHILD else FAMILY_OUTCOMES


@dataclass
class DemoWave:
    """A wave as the answer builder needs it."""

    kind: WaveKind
    due_on: date
    status: WaveStatus = WaveStatus.SCHEDULED
    completed_on: date | None = None
    id: int | None = None


@dataclass
class DemoCase:
    """A case, its family and its waves, as plain values with database ids once inserted."""

    family_name: str
    members: list[DemoMember]
    waves: list[DemoWave]
    opened_on: date
    keyworker_id: int
    keyworker_name: str
    manager_id: int
    closed_on: date | None = None
    outcome: str = IMPROVED
    must_flag: bool = False  # plant an unacknowledged safeguarding flag (demo keyworker)
    must_start: bool = False  # plant a started-but-not-sent questionnaire
    id: int | None = None

    def wave(self, kind: WaveKind) -> DemoWave:
        """The case's start, middle or close wave."""
        return next(w for w in self.waves if w.kind is kind)


@dataclass
class DemoCounts:
    """How many rows the answer builder wrote."""

    goals: int = 0
    responses: int = 0
    in_progress: int = 0
    answers: int = 0
    goal_ratings: int = 0
    comments: int = 0
    flags: int = 0
    unacknowledged_flags: int = 0
    quotes: int = 0
    analyses: int = 0

    @property
    def rows(self) -> int:
        """Every row written."""
        return self.goals + self.responses + self.answers + self.goal_ratings + self.comments


def demo_father_answer(family_id: int, member: DemoMember) -> FatherOrMaleCarer | None:
    """Whether a demo parent or carer told their keyworker they are a father or male carer:
    those with a man's name say yes, except one in eight who preferred not to say and one in
    eight never asked; others say no, one in eight never asked. About 1 in 4 parents and carers
    come out as fathers. Drawn from the id and name, not the random stream, so the rest of the
    demo council stays as it was."""
    if member.member_role is not MemberRole.PARENT_CARER:
        return None
    turn = (family_id * 7 + len(member.first_name)) % 8
    if turn == 0:
        return None  # not asked yet
    if member.first_name in MALE_ADULT_NAMES:
        return FatherOrMaleCarer.PREFER_NOT_TO_SAY if turn == 1 else FatherOrMaleCarer.YES
    return FatherOrMaleCarer.NO


def plan_members(rng: random.Random) -> list[DemoMember]:
    """The people in one family, each with a different first name.

    Most families are one or two parents or carers with one to four children; a few have one
    member only (an expectant parent, or a young person of 16 or 17 supported on their own).
    """
    shape = rng.random()
    if shape < 0.025:
        return [DemoMember(rng.choice(ADULT_NAMES), MemberRole.PARENT_CARER, AgeBand.YOUNG_ADULT)]
    if shape < 0.04:
        return [DemoMember(rng.choice(YOUNG_NAMES), MemberRole.YOUNG_PERSON, AgeBand.TEEN)]
    adults = 2 if rng.random() < 0.4 else 1
    children = rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]
    adult_names = rng.sample(ADULT_NAMES, adults)
    child_names = rng.sample(YOUNG_NAMES, children)
    members = [DemoMember(adult_names[0], MemberRole.PARENT_CARER,
                          rng.choice([AgeBand.YOUNG_ADULT, AgeBand.ADULT, AgeBand.ADULT]))]
    if adults == 2:
        members.append(DemoMember(adult_names[1], MemberRole.PARENT_CARER, AgeBand.ADULT))
    for name in child_names:
        band = rng.choice([AgeBand.UNDER_8, AgeBand.CHILD, AgeBand.CHILD, AgeBand.TEEN])
        role = MemberRole.YOUNG_PERSON if band is AgeBand.TEEN else MemberRole.CHILD
        members.append(DemoMember(name, role, band))
    return members
