"""More of what demo families wrote, added when the demo council grew to 600 families so the same
words do not turn up visibly often: mostly young people's and children's words, which were
fewest, and the requests and mixed feelings a commissioner most needs to read.

Same shape and placeholders as voices.py ({worker}, {child}); no disclosures here (those stay in
voices.py, each checked to raise a flag). Pure data, no database code.
"""
from __future__ import annotations

from feedback.analysis.questions import ANYTHING_ELSE, DO_BETTER, HELPED_MOST
from surveys.demo.tones import ADULT, CHILD, CRITICISM, MIXED, PRACTICAL, PRAISE, REQUEST, YOUNG

# question -> tone -> audience -> texts
MORE_COMMENTS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    HELPED_MOST: {
        PRAISE: {
            ADULT: (
                "Getting a proper plan for the mornings, we're never late now",
                "{worker} rang the council for me when I couldn't face it",
                "Not having to explain everything again to a new person",
                "The Friday parent group, I actually look forward to it",
                "Help with the gas and electric, we'd been on the emergency credit for weeks",
                "{worker} helped me see it from {child}'s side",
                "Learning it's ok to ask for help",
                "Being able to bring my mum to the meetings",
                "Someone coming with me to the housing office",
                "The sleep advice for {child}, we all get a full night now",
            ),
            YOUNG: (
                "Getting my own space at home",
                "{worker} helped me sort things out with my teachers",
                "Not being judged for stuff",
                "Learning how to calm down before I lose it",
                "Going to the gym with the youth worker",
                "Help with my CV, I got a Saturday job",
                "Someone who actually turned up when they said",
                "Me and my stepdad get on better now",
                "The group with other young carers",
                "Being listened to at the school meeting",
            ),
            CHILD: (
                "playing football with {worker}",
                "my mum smiles more",
                "the sticker chart",
                "i can go to sleep on my own now",
                "we had a picnic",
                "I am not late for school now",
                "my teacher is nicer to me",
                "drawing my feelings",
                "{worker} helped me make a friend",
            ),
        },
        MIXED: {
            ADULT: (
                "The worker was fine but we were left waiting for the next step every time",
                "Home visits were great, the phone calls kept getting cancelled",
                "It helped with the kids but nothing was done about the money side",
                "I felt listened to but I'm not sure what changed in the end",
            ),
            YOUNG: (
                "Good when we talked, but it stopped just when it was getting better",
                "{worker} was alright, school still don't get it",
            ),
            CHILD: ("the games were fun but the meetings were long",),
        },
    },
    DO_BETTER: {
        CRITICISM: {
            ADULT: (
                "Appointments got moved at the last minute more than once",
                "Nobody told me the worker had changed until the new one turned up",
                "The plan was full of words I didn't understand",
                "I had to chase for the notes from every meeting",
            ),
            YOUNG: (
                "Nobody asked me what I thought until the end",
                "The questions were the same every time",
                "It felt like a tick box thing",
            ),
            CHILD: ("I had to wait a long time to see {worker}",),
        },
        REQUEST: {
            ADULT: (
                "Give us a name and number for after the case ends",
                "Some help with childcare so I can get to the course",
                "Meet in the hub rather than at home, the flat is too small",
                "Have the meetings after the school run",
                "Tell us about the groups that are on before we finish",
            ),
            YOUNG: (
                "Let me choose where we meet",
                "Tell me what you're writing about me",
                "Help with travel to college",
                "More time on my own with {worker}",
                "Don't make me do the questions in front of mum",
            ),
            CHILD: (
                "come to my school",
                "bring a dog",
                "more drawing",
            ),
        },
    },
    ANYTHING_ELSE: {
        PRACTICAL: {
            ADULT: (
                "We're still on the waiting list for a bigger place",
                "My hours at work have changed so evenings are hard now",
                "The school have agreed a plan for {child} at last",
                "I've started a budgeting course at the library",
                "Dad sees the kids every other weekend now and it's going alright",
            ),
            YOUNG: (
                "I start college in September",
                "I'm going to the youth club on Tuesdays now",
                "Exams are stressing me out",
                "I got my bus pass sorted",
            ),
            CHILD: (
                "I have a new bike",
                "my nan lives with us now",
                "I go to gymnastics",
            ),
        },
        PRAISE: {
            ADULT: (
                "We've come a long way, thank you all",
                "I'd have given up without {worker}",
            ),
            YOUNG: (
                "Thanks {worker}",
                "it helped more than I thought it would",
            ),
            CHILD: ("{worker} is the best",),
        },
        REQUEST: {
            ADULT: (
                "Could there be a group for grandparents bringing up grandchildren",
                "I'd like to be on the parents' panel",
            ),
            YOUNG: ("Can there be a group for young carers near us",),
            CHILD: ("can we do the park again",),
        },
    },
}
