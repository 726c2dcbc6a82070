"""The words of the demo council: what families wrote, their goals, and "you said, we did".

Written for the demo in the voices early-help families use in UK councils (parents, young people
aged 13-17, children aged 8-12 in children's words), about what the seed reports say families want:
help sooner, more time with workers, fewer professionals, one front door, being kept informed,
things explained, more than a tick box. Placeholders in braces are filled per family: {worker} is
the keyworker's first name, {child} a younger member's first name. Pure data, no database code.
"""
from __future__ import annotations

from dataclasses import dataclass

from feedback.analysis.questions import ANYTHING_ELSE, DO_BETTER, HELPED_MOST
from surveys.demo.more_voices import MORE_COMMENTS
from surveys.demo.tones import (
    ADULT,
    CHILD,
    CRITICISM,
    MIXED,
    NIL,
    PRACTICAL,
    PRAISE,
    REQUEST,
    SAFEGUARDING,
    YOUNG,
)

__all__ = ["ADULT", "CHILD", "CRITICISM", "MIXED", "NIL", "PRACTICAL", "PRAISE", "REQUEST",
           "SAFEGUARDING", "YOUNG", "VOICES", "GOALS", "FLAG_NOTES", "Voice", "voices_for"]


@dataclass(frozen=True)
class Voice:
    """One comment a family member might write, with who writes it, to which question, in what tone."""

    text: str
    question: str
    audience: str
    tone: str

    @property
    def needs_child(self) -> bool:
        """Whether the words name a younger member of the family."""
        return "{child}" in self.text


# question -> tone -> audience -> texts
_COMMENTS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    HELPED_MOST: {
        PRAISE: {
            ADULT: (
                "{worker} actually listened and didn't judge us",
                "Having one person who knew our whole story",
                "{worker} came to the school meeting with me and backed me up",
                "Just having someone on my side for once",
                "Being told I was doing a good job as a mum. Nobody had said that in years",
                "The routine chart for bedtime, it sounds daft but it worked",
                "{worker} helped me fill in the forms for universal credit and sorted the debt letters",
                "Getting {child} into the after school club so I get a break",
                "Someone explaining what was going on in plain English",
                "Being listened to without being made to feel like a bad parent",
                "The parenting course, I met other mums going through the same",
                "{worker} was honest with me even when I didn't want to hear it",
                "Knowing I could text my worker and she'd get back to me",
                "Help with the housing, we finally got moved out of the damp flat",
                "The food bank vouchers when we had nothing, and then help with a budget",
                "That {worker} saw {child} on their own and asked what they wanted",
                "She included my partner, he's never been asked before",
                "The family meetings where everyone sat down together",
                "Being treated like a person and not a case number",
                "Help getting {child}'s EHCP moving after two years of nothing",
                "The weekly visits kept me going when I was at rock bottom",
                "Being pushed to go to the GP about my anxiety. I'm on the right tablets now",
                "Learning to stay calm when {child} kicks off instead of shouting back",
                "{worker} never rushed us and always turned up when she said she would",
                "We do a family tea on a Sunday now, that was {worker}'s idea",
                "My confidence. I went back to college in September",
                "Getting a plan with steps so we knew what was happening next",
                "Everything honestly. I don't know where we'd be",
                "Help to get the school and CAMHS talking to each other",
                "Someone believing me about my son's behaviour",
                "Sorting out school transport so I wasn't walking two hours a day",
                "{worker} fought our corner with the landlord about the repairs",
                "The drop in at the family hub, I know people now",
                "Being praised for the little things, it made me want to keep going",
                "Having help for the whole family, not just me",
                "The sleep plan for {child}. We all sleep now",
            ),
            YOUNG: (
                "{worker} didn't talk to me like a kid",
                "Having someone to talk to who isn't a teacher",
                "Me and mum argue less",
                "Getting help with college applications",
                "The youth club on a Thursday",
                "She listened to my side for once",
                "Being able to message {worker} when stuff got bad",
                "Getting a bit of time just for me away from my brothers",
                "Sorting my timetable so I can actually go to school",
                "Someone finally explained what was going on with my dad",
                "Boxing club, it helps me calm down",
                "Honestly just having someone who got it",
            ),
            CHILD: (
                "{worker} is kind and plays games with me",
                "Mum is happier",
                "We go to the park now on saturdays",
                "less shouting in my house",
                "my new bed",
                "talking about my feelings with {worker}",
                "The feelings jar",
                "I have more friends at school",
                "mum and dad dont argue as much",
                "going swimming with my family",
                "The worry monster",
                "when {worker} comes we play uno",
            ),
        },
        MIXED: {
            ADULT: (
                "Lovely worker but the housing side went nowhere",
                "{worker} was great, it's just a shame it ended so soon",
                "The visits helped but it took months to get anyone in the first place",
                "Talking things through helped, but school still don't listen",
                "Some of it helped, some of it felt like going through the motions",
                "The practical help was good, the meetings not so much",
                "Good support in the end, but we had to ask three times before anyone came",
                "The course was useful but too far to get to on the bus",
                "{worker} was good but she went off sick and we didn't hear from anyone for weeks",
            ),
            YOUNG: (
                "It was alright, {worker} was ok",
                "Talking helped a bit but nothing really changed at home",
                "Some of it was good, the meetings were boring",
            ),
            CHILD: (
                "some of it was fun",
                "I liked {worker} but not the talking",
            ),
        },
        NIL: {
            ADULT: ("Not sure", "Nothing really", "n/a", "Don't know yet", "-", "Not much to be honest"),
            YOUNG: ("dunno", "idk", "nothing", "not sure"),
            CHILD: ("dont know", "nothing", "?"),
        },
    },
    DO_BETTER: {
        NIL: {
            ADULT: (
                "Nothing, it's been brilliant",
                "Nothing at all, keep doing what you're doing",
                "n/a",
                "Nothing",
                "Can't think of anything",
                "No",
                "Honestly nothing, {worker} was a lifesaver",
            ),
            YOUNG: ("nothing", "nah its fine", "n/a", "idk"),
            CHILD: ("nothing", "no", "dont know"),
        },
        CRITICISM: {
            ADULT: (
                "I had to tell my story to four different people before anyone helped",
                "Waited 3 months for anyone to ring back",
                "Felt like a tick box exercise",
                "Stop changing our worker. We've had three in six months",
                "Nobody told me about the meeting until the day before",
                "I found out things in the meeting that nobody had told me first",
                "Too many professionals all saying different things",
                "The phone line just rings out",
                "Nobody explained what the forms were for",
                "We got passed from one team to another and back again",
                "You closed our case just when things were starting to change",
                "It felt like you were checking up on me not helping me",
                "I asked for help a year earlier and was told we didn't meet the threshold",
                "Answer your emails. I chased for weeks",
                "Appointments were always in the day when I'm at work",
                "Dad was left out of everything, it was all aimed at me",
                "I felt judged in the first meeting and nearly didn't come back",
                "Same questions every time, it's all written down somewhere",
                "Nobody did what they said they would",
                "Promises about the housing that came to nothing",
                "Used words I didn't understand and I was too embarrassed to ask",
                "We were in limbo for months not knowing what was going on",
                "The support ended too soon, we were just getting somewhere",
                "Waiting list for CAMHS is a joke, 18 months",
                "Didn't feel listened to at all. It's been a waste of time",
                "Things have got worse since you got involved",
                "The worker kept cancelling visits at the last minute",
                "Meetings at the school with ten people in the room, it was horrible",
                "You could have helped us before it all fell apart",
                "Nobody told us what happens after the case is closed",
            ),
            YOUNG: (
                "Stop asking me the same questions",
                "Don't tell my mum everything I say",
                "It was pointless, nothing changed",
                "meetings where everyone talks about you like you're not there",
                "I had a different worker every few months",
                "Listen to what we actually want",
                "You only ever talked to my mum",
            ),
            CHILD: (
                "the meetings are boring",
                "I didnt like when they talked about me",
                "my worker left and I didnt say bye",
            ),
        },
        REQUEST: {
            ADULT: (
                "More time with my worker",
                "Help sooner before it got so bad",
                "Evening appointments as I work",
                "Just one number to ring instead of five",
                "Text me the day before a visit so I know you're coming",
                "Support for dads too",
                "A group for parents of kids with ADHD",
                "Check in after the case closes, even just a phone call",
                "Send the plan in writing so I can look back at it",
                "Let us keep the same worker all the way through",
                "More help with money and debts",
                "Somewhere for the kids to go in the holidays",
                "An interpreter who speaks Polish at every meeting",
                "Visit at home rather than at the office, the bus costs a fortune",
                "A bit more time at the end to make sure things stick",
                "Tell us what's going to happen next at each step",
                "Help with the forms, there are so many",
                "Work with the school more, they don't talk to each other",
                "Please don't close the case until the housing is sorted",
                "Let me meet the worker before the big meeting",
            ),
            YOUNG: (
                "See me on my own not with mum",
                "Meet somewhere that isn't school",
                "Message me instead of calling",
                "More stuff for teenagers to do round here",
                "Help with getting a job or apprenticeship",
                "Come after school not in lessons",
            ),
            CHILD: (
                "come more often",
                "more games",
                "can we go to the park with {worker}",
                "bring the feelings cards again",
            ),
        },
    },
    ANYTHING_ELSE: {
        PRACTICAL: {
            ADULT: (
                "We are still waiting for a bigger flat with three kids in two bedrooms",
                "The damp in the kids' bedroom is making {child}'s asthma worse",
                "Universal credit got cut and I'm behind on the rent again",
                "We're on the housing list for a bigger place and the bidding is confusing",
                "{child} is still out of school, no place since the move",
                "Still waiting for the ADHD assessment, been two years",
                "The council tax arrears are stressing me out",
                "We can't afford the school uniform this year",
                "I can't get a GP appointment for love nor money",
                "The gas is on the emergency credit most weeks",
                "My mental health has been bad since the baby",
                "School keep sending {child} home early, it's a part time timetable",
                "The landlord still hasn't fixed the boiler",
                "I'm doing a budgeting course at the hub now",
                "Our housing bid finally came through, we move in March",
                "The EHCP came through, thank you for pushing",
                "{child} has started at the new school and loves it",
                "I've got a job interview next week",
                "We're on the waiting list for a bigger house but it's years",
                "Childcare costs mean I can't take the extra hours",
                "Need help with a bed for {child}, she's been sharing with me",
                "The food bank is the only way we get through the month",
                "I'm still waiting on the PIP decision",
                "Getting to appointments is hard without a car",
                "My eldest is a young carer for me and I worry about him",
                "We've been moved four times in two years",
                "CAMHS discharged him and nothing is in place",
                "I've started counselling through the GP",
            ),
            YOUNG: (
                "I can't revise at home, there's nowhere quiet",
                "I'm still on a reduced timetable",
                "College bus is too expensive",
                "I want to go to college but I don't know how",
                "I share a room with my two brothers",
                "Still waiting for CAMHS",
            ),
            CHILD: (
                "I want my own room",
                "I miss my old school",
                "my brother gets all the attention",
                "I like my new school",
                "we moved house and I have a garden now",
            ),
        },
        PRAISE: {
            ADULT: (
                "Thank you {worker}, you've changed our lives",
                "Just thank you. We're in a much better place",
                "Please tell {worker}'s manager how good she is",
                "I was scared of social services but this was nothing like I expected",
                "I'd recommend it to anyone struggling",
                "Things are so much calmer at home now",
                "{child} is like a different child",
                "Proud of how far we've come as a family",
                "{worker} deserves a medal",
                "I feel like I can cope now",
            ),
            YOUNG: (
                "Thanks for listening",
                "{worker} was sound",
                "things are better at home now",
            ),
            CHILD: (
                "thank you {worker}",
                "I am happy now",
                "I love my family",
                "I got a star at school",
            ),
        },
        REQUEST: {
            ADULT: (
                "Please keep the family hub open, it's a lifeline",
                "I'd like to help other families one day",
                "Can we have a review in three months to check we're alright",
                "I'd like to know who to call if things go wrong again",
            ),
            YOUNG: (
                "Can I still talk to {worker} after",
                "More mental health help for young people",
            ),
            CHILD: ("can {worker} come to my birthday",),
        },
        NIL: {
            ADULT: ("No", "Nothing else", "n/a", "No thank you", "."),
            YOUNG: ("no", "nope", "nah"),
            CHILD: ("no", "no thank you"),
        },
        # Disclosures: rare, and each must raise a safeguarding flag so a person reads it today.
        SAFEGUARDING: {
            ADULT: (
                "My partner gets angry and I'm scared when he drinks",
                "Sometimes I don't want to be here anymore",
                "My ex keeps turning up and has threatened to hurt me if I don't let him in",
                "He checks my phone and won't let me see my friends",
                "I've been so low I've thought about ending it all",
                "My eldest has been going missing at night and coming back with new trainers",
                "He pushed me into the wall in front of the kids last week",
            ),
            YOUNG: (
                "Dad hits me when he's drunk",
                "I've started cutting myself again and nobody knows",
                "Some older lads keep giving me money to take packages to other towns",
                "I don't feel safe at home when mum's boyfriend is there",
                "I want to die most days",
            ),
            CHILD: (
                "mums boyfriend shouts and I hide in my room because I am scared",
                "sometimes there is no food for tea",
                "dad hit my brother",
            ),
        },
    },
}


def _flatten() -> tuple[Voice, ...]:
    voices: list[Voice] = []
    for comments in (_COMMENTS, MORE_COMMENTS):
        for question, tones in comments.items():
            for tone, audiences in tones.items():
                for audience, texts in audiences.items():
                    voices.extend(Voice(text, question, audience, tone) for text in texts)
    return tuple(voices)


VOICES: tuple[Voice, ...] = _flatten()


def _group() -> dict[tuple[str, str, str], tuple[Voice, ...]]:
    grouped: dict[tuple[str, str, str], list[Voice]] = {}
    for voice in VOICES:
        grouped.setdefault((voice.question, voice.audience, voice.tone), []).append(voice)
    return {kind: tuple(voices) for kind, voices in grouped.items()}


VOICES_BY_KIND: dict[tuple[str, str, str], tuple[Voice, ...]] = _group()


def voices_for(question: str, audience: str, tone: str) -> tuple[Voice, ...]:
    """The comments one kind of member might write in one tone to one question."""
    return VOICES_BY_KIND.get((question, audience, tone), ())


# A family's goals in their own words, as agreed with their keyworker at the start.
GOALS: tuple[str, ...] = (
    "Get the kids to school on time every day",
    "Less shouting at home",
    "Sort out our debts",
    "Me and {child} to spend time together at weekends",
    "Get {child} back into school full time",
    "Move somewhere without damp",
    "Bedtime by 8 on school nights",
    "For me to feel less anxious and go out more",
    "Eat together at the table three times a week",
    "Get a diagnosis for {child} and the right help at school",
    "Stop the arguments at breakfast",
    "Find a group where I can meet other mums",
    "Manage my money so we don't run out before payday",
    "Get back into work part time",
    "{child} to stay in class and not get sent out",
    "Dad to see the kids every other weekend without a row",
    "Have a plan for when {child} kicks off",
    "Keep the house tidy so I'm not ashamed to have people round",
    "Go to the GP about my mental health",
    "Get the bills paid on time",
    "A proper morning routine",
    "Spend less time on phones and more time together",
    "{child} to make friends and go to a club",
    "Stop smoking in the house",
    "Get rent arrears paid off so we aren't evicted",
    "Feel confident going to school meetings",
    "Do something fun as a family once a month",
    "Sort out contact arrangements calmly",
    "Finish my college course",
    "Get a bed for everyone",
    "Be able to say no to the kids without a meltdown",
    "Talk to each other instead of slamming doors",
    "Learn English so I can talk to the school myself",
    "{child} to sleep in her own bed",
    "Go to every appointment with the health visitor",
    "Make our home a calm place",
    "For the kids to know they can talk to me",
    "Get support for my drinking",
    "Sort out the benefits so money comes in every month",
    "Walk the dog together after school",
)

# What the person who read a safeguarding flag wrote when they acknowledged it.
FLAG_NOTES: tuple[str, ...] = (
    "Read the same day. Spoke to the family; safety plan updated and DSL informed.",
    "Discussed with team manager. Referral made to MASH; family aware.",
    "Called the young person the same afternoon; school DSL informed; follow-up visit booked.",
    "Already known and in the plan; worker visited next morning.",
    "Spoke to mum; referred to domestic abuse service with her agreement.",
)
