"""The demo council's co-production sessions: design sessions and panels each team held with
families over the last two years, about every six to ten weeks, with how many families took
part and, where it fed or followed one, the "you said, we did" action's theme.

Each topic is (title, what happened, theme of a related action or None). Titles read as a team
manager would write them and name no one, so the report's redaction leaves them as they are.
Pure data and planning, no database code.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

SESSION_DAYS = 730  # the two years the demo reports on
TOPICS: tuple[tuple[str, str, str | None], ...] = (
    ("Redesigning the first visit", "Parents walked through a first visit step by step and "
     "rewrote the questions we ask, so families tell their story once.", "one_front_door"),
    ("Plain-English letters", "Families marked up our appointment and plan letters, cut the "
     "jargon and chose a friendlier layout.", "explained"),
    ("Teenagers' panel: meetings about me", "Teenagers set rules for meetings about them: where "
     "they are held, who comes, and how they can give their views first.", "listened_to"),
    ("Dads' evening: support that fits working parents", "Fathers and male carers talked about "
     "visit times, the dads' group and how we invite them to meetings.", "whole_family"),
    ("Ending support well", "Families who had finished support helped write the closing plan "
     "and the three-month check-in call.", "what_next"),
    ("Testing the questionnaire on phones", "Parents and teenagers tried the questionnaire on "
     "their own phones and told us which words were hard to follow.", None),
    ("Planning the hub family day", "Families chose the activities and times for the monthly "
     "family day at the hub.", "community"),
    ("Money advice that is easy to reach", "Parents told us when and where money advice would "
     "be easiest to get to, and what to call it so people come.", "money"),
    ("The wait for a first visit", "Families mapped the wait from asking for help to a first "
     "visit and picked the changes that matter most.", "waiting"),
    ("Working with schools", "Parents and a head of year planned how our workers and schools "
     "share news with families first.", "school"),
    ("Reading the quarterly report together", "The parents' panel read the quarterly figures "
     "before the board and chose the questions to ask next.", None),
    ("Children's drawing afternoon: what helps at home", "Children aged 8 to 12 drew and talked "
     "about what helps at home; staff wrote up their ideas in their words.", None),
    ("Interpreters and translated leaflets", "Parents who speak Polish, Romanian and Urdu checked "
     "our translated leaflets and how we book interpreters.", "explained"),
    ("Keeping one worker when support changes", "Families shared what happens when a worker "
     "changes and designed the hand-over visit.", "key_person"),
)


@dataclass(frozen=True)
class DemoSession:
    """One planned session for one team."""

    held_on: date
    title: str
    worked_on: str
    families: int
    theme: str | None


def plan_sessions(team_index: int, today: date, seed: int) -> list[DemoSession]:
    """A team's sessions over the last two years, oldest first: every six to ten weeks, three
    to twelve families at each (a panel now and then up to 16). Drawn from a random stream of
    their own, so the rest of the demo council stays as it was."""
    rng = random.Random(f"{seed}-coproduction-{team_index}")
    sessions: list[DemoSession] = []
    ago = SESSION_DAYS - rng.randint(0, 40)
    last = -1
    while ago >= 3:
        topic = rng.randrange(len(TOPICS))
        if topic == last:
            topic = (topic + 1) % len(TOPICS)
        last = topic
        title, worked_on, theme = TOPICS[topic]
        families = rng.randint(3, 12) if rng.random() < 0.85 else rng.randint(12, 16)
        sessions.append(DemoSession(today - timedelta(days=ago), title, worked_on, families,
                                    theme))
        ago -= rng.randint(42, 70)
    return sessions
