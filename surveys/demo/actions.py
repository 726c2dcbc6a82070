"""The demo council's "you said, we did" actions: what the service changed because of what
families said, spread over the two years of the demo so every quarter has several to report.

Each is (theme code, what we heard, what we did, status, owner, locality or None for the whole
council, started days ago, due in days from its start or None, completed days ago or None).
Pure data, no database code.
"""
from __future__ import annotations

ACTIONS: tuple[tuple[str, str, str, str, str, str | None, int, int | None, int | None], ...] = (
    ("one_front_door", "Families told us they had to ring several numbers and tell their story "
     "again each time.", "We now have one phone number for families, answered 8am to 8pm on "
     "weekdays, and your story is written down once and shared with your permission.", "done",
     "Head of Early Help", None, 660, 120, 500),
    ("more_time", "You said you wanted more time with your worker and support that lasts long "
     "enough.", "Keyworkers now hold no more than 12 families each, so they can visit every week "
     "when you need it.", "done", "Head of Family Support, North", "North", 590, 150, 420),
    ("kept_informed", "You said visits and meetings sometimes came as a surprise.",
     "We text you the day before every visit, and send the notes of every meeting within a "
     "week.", "done", "Service Manager, Family Keyworkers", None, 500, 60, 420),
    ("help_sooner", "You said you asked for help months before anyone came.",
     "We now call every family back within two working days of a request for help, and we "
     "publish how we are doing each month.", "in_progress", "Head of Early Help", None, 200,
     180, None),
    ("fewer_professionals", "You said there were too many professionals, each saying something "
     "different.", "One lead professional now chairs your family meetings, and we keep them to "
     "the people you agree should be there.", "done", "Head of Family Support, South", "South",
     430, 120, 280),
    ("explained", "You said we used jargon and you didn't always know what forms were for.",
     "We rewrote our letters and leaflets with parents from the Eastfield hub, and every plan "
     "now has a plain-English summary.", "done", "Participation Lead", "East", 260, 90, 150),
    ("key_person", "You said changing worker meant starting again.", "Your keyworker now stays "
     "with you when your case steps up or down, and we introduce any new worker in person.",
     "in_progress", "Head of Family Support, West", "West", 150, 200, None),
    ("whole_family", "Dads told us they felt left out.", "We now offer visits at times that "
     "suit working parents and started a dads' group at the Southmead hub.", "done",
     "Head of Family Support, South", "South", 230, 90, 100),
    ("what_next", "You said you didn't know what would happen when support ended.",
     "Every family now gets a written closing plan, and a check-in call three months after "
     "we close.", "in_progress", "Service Manager, Family Keyworkers", None, 120, 120, None),
    ("not_tick_box", "You said it sometimes felt like a tick box exercise.", "We cut the "
     "assessment form by half and your keyworker now writes your plan with you, in your words.",
     "planned", "Head of Early Help", None, 40, 150, None),
    ("listened_to", "Young people said meetings talked about them as if they were not there.",
     "Young people now choose where and when they meet their worker, and can bring a friend or "
     "write their views down first.", "done", "Participation Lead", None, 210, 60, 140),
    ("waiting", "You told us the wait for a first visit was too long.", "We moved two keyworkers "
     "to the duty team and the average wait for a first visit fell from 5 weeks to 9 days.",
     "done", "Head of Family Support, East", "East", 250, 90, 170),
    ("housing", "Many of you said housing problems held everything else back.", "A housing "
     "officer now joins our team meetings every fortnight so problems are raised straight away.",
     "in_progress", "Head of Family Support, North", "North", 90, 120, None),
    ("money", "You said money worries made everything harder.", "Every keyworker has had "
     "benefits and debt training, and families can book a money advice session at any hub.",
     "done", "Service Manager, Family Hubs", None, 190, 60, 110),
    ("community", "You said you felt alone and didn't know what was on locally.",
     "We started a monthly family day at each hub and a what's-on text every Friday.",
     "planned", "Service Manager, Family Hubs", "West", 20, 90, None),
    ("school", "You said school and our workers didn't talk to each other.", "Each school now "
     "has a named early help contact, and we invite the school to your plan reviews.",
     "in_progress", "Head of Family Support, South", "South", 75, 150, None),
    ("praise", "You said it helped when we noticed what you were doing well.", "Every review "
     "now starts with what's gone well, and families get a certificate when they reach a goal.",
     "done", "Service Manager, Family Keyworkers", None, 160, 45, 95),

    # Earlier actions, from the first year of the service's questionnaires.
    ("waiting", "You said you waited weeks to hear back after asking for help.", "We set up a "
     "duty line, so every request for help has a named worker within five working days.", "done",
     "Head of Early Help", None, 700, 90, 600),
    ("listened_to", "Parents said their views were written down but nothing seemed to change.",
     "We started a parents' panel that meets every quarter and reads this report before the "
     "board does.", "done", "Participation Lead", None, 680, 60, 610),
    ("school", "You said school meetings felt like being told off.", "Keyworkers now meet you "
     "before every school meeting to plan what you want to say, and come with you if you wish.",
     "done", "Head of Family Support, East", "East", 640, 90, 540),
    ("health", "Families said it was hard to see a GP or health visitor.", "Health visitors now "
     "run a weekly drop-in clinic at two of our family hubs, with no appointment needed.", "done",
     "Service Manager, Family Hubs", "North", 600, 120, 470),
    ("money", "You said the cost of getting to appointments was a struggle.", "We now pay bus "
     "fares to every meeting we ask you to come to, and hold more meetings at home.", "done",
     "Head of Early Help", None, 560, 30, 520),
    ("explained", "Parents who speak other languages said our letters were hard to follow.",
     "Our letters now give a number for a free interpreter, and our main leaflets are in Polish, "
     "Romanian, Urdu and Arabic.", "done", "Participation Lead", "West", 530, 120, 400),
    ("family_relationships", "You asked for help with arguments at home, not only with school "
     "and money.", "We trained eight keyworkers in relationship support and run a six-week "
     "course for parents at each hub.", "done", "Service Manager, Family Keyworkers", None, 480,
     150, 310),
    ("community", "Young people said there was nothing to do in the evenings.", "With the youth "
     "service we opened the Southmead youth club two more nights a week.", "done",
     "Head of Family Support, South", "South", 450, 90, 350),
    ("confidence", "You said you wanted help getting back into work or training.", "Any parent "
     "who asks now meets an employment adviser, who can come to a visit with your keyworker.",
     "done", "Service Manager, Family Hubs", None, 410, 90, 300),
    ("future_goals", "Young people said their plans were all about problems, not what they "
     "wanted to do.", "Every young person's plan now starts with their own goals, in their own "
     "words.", "done", "Head of Family Support, North", "North", 380, 60, 290),
    # This year's newer actions.
    ("health", "Young people told us they waited months for mental health support.", "A CAMHS "
     "practitioner now works with each locality's teams two days a week, so young people are "
     "seen while they wait.", "in_progress", "Head of Early Help", None, 135, 240, None),
    ("champion_challenge", "Parents said they wanted a worker who is honest with them as well "
     "as on their side.", "Keyworkers now agree with each family at the start how they will "
     "raise worries, and check at every review that it is working.", "in_progress",
     "Service Manager, Family Keyworkers", None, 100, 180, None),
    ("more_time", "You said visits were sometimes cut short.", "We are reviewing caseloads in "
     "every West team so visits can last as long as you need.", "planned",
     "Head of Family Support, West", "West", 10, 120, None),
)
