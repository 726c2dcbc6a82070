"""Signs a keyworker notices and the round-3 guards (issue 14), in words of our own rather than any
held-out set's: each concept is checked on sentences it was not written from."""

import csv
import re
from pathlib import Path

import pytest

from feedback import check_safeguarding
from feedback.analysis.harms import signs
from feedback.analysis.safeguarding import blank_guarded
from feedback.analysis.wordforms import normalise

SETS = sorted(Path(__file__).parent.glob("safeguarding_*.csv"))


def _texts() -> list[str]:
    """Return every labelled safeguarding text we hold."""
    texts = []
    for path in SETS:
        with path.open(newline="", encoding="utf-8") as handle:
            texts.extend(row["text"] for row in csv.DictReader(handle))
    return texts


def test_every_sign_match_opens_its_gate():
    """A category's gate reads only the words its signs need; a sign that matches without one of them
    would be skipped by the gate."""
    compiled = {category: [re.compile(pattern) for pattern in patterns]
                for category, patterns in signs.RULES.items() if category in signs.GATES}
    for text in _texts():
        guarded = blank_guarded(normalise(text))
        for category, patterns in compiled.items():
            for pattern in patterns:
                for match in pattern.finditer(guarded):
                    assert re.search(signs.GATES[category], match.group(0)), (category, match.group(0))


@pytest.mark.parametrize(("text", "category"), [
    ("my lad keeps coming home with cash he wont explain", "exploitation"),
    ("found bus tickets to Hull in his coat and he says he was at his mates", "exploitation"),
    ("she has to go out whenever her phone goes, even at night", "exploitation"),
    ("older lads make him run errands for them after school", "exploitation"),
    ("my auntie says my cousin will go to Somalia to be made pure", "fgm"),
    ("since the summer trip she struggles to sit down and cries when she goes to the toilet", "fgm"),
    ("i had it done abroad when i was 6", "fgm"),
    ("a woman is coming to do the special thing to my little sister", "fgm"),
    ("my son disappeared for three days and wont say where he was", "missing_children"),
    ("the police brought her home at 3am again", "missing_children"),
    ("he keeps walking out of school and nobody knows where he goes", "missing_children"),
    ("mum goes to the pub and leaves me to look after the 3 little ones", "neglect"),
    ("we go whole weekends without any food in the house", "neglect"),
    ("he picked the kids up from school smelling of vodka", "parental_substance_misuse"),
    ("my ex drove the children home after drinking", "parental_substance_misuse"),
    ("we have been staying with random mates and I have no idea where we will sleep tonight", "homelessness"),
    ("they say I owe them for the visa and the bed so I cannot stop working", "modern_slavery"),
    ("twelve of us sleep in one house and we all work for the boss at the factory", "modern_slavery"),
    ("my brother says all muslims are the enemy and we have to hate them", "radicalisation"),
    ("my son says voting is haram now and listens to a banned preacher", "radicalisation"),
    ("he rated what the shooter did, says they had it coming", "radicalisation"),
    ("I could hear my mum screaming downstairs last night", "domestic_abuse"),
    ("he tracks my location on life360 and goes mental if I'm late", "domestic_abuse"),
    ("she has bruises and the story about how she got them keeps changing", "physical_abuse"),
    ("my uncle wants pictures of me in my pants", "sexual_abuse"),
    ("a man on roblox keeps sending me robux and asking me to video chat in my bedroom", "online_grooming"),
    ("i keep razor blades in my drawer for when i feel low", "self_harm"),
    ("i wear long sleeves even in summer so no one sees", "self_harm"),
    ("sometimes i think about stepping in front of a bus", "suicidal_thoughts"),
    ("my lodger is a registered sex offender and my daughter is 9", "weapons_or_risk_to_others"),
    ("my eldest punched his little sister in the face", "weapons_or_risk_to_others"),
    ("dont worry i always have something on me when i go out", "weapons_or_risk_to_others"),
    ("theyve bought one way flights and say I'll be getting married over there", "forced_marriage"),
])
def test_a_sign_flags_under_its_own_kind(text, category):
    result = check_safeguarding(text)
    assert category in result.categories, result


@pytest.mark.parametrize("text", [
    "the kids are dying of hunger by the time they get home from school",
    "his friends are going to batter him at fortnite tonight",
    "dad swatted the wasp with a magazine",
    "we cut up the peppers with the plastic knife at cooking club",
    "she spent the evening cutting out shapes for her collage",
    "my husband drinks far too much tea",
    "he asked if I would ever send him away, I said of course not",
    "I felt like a burden when I had my operation but everyone helped",
    "my son wants to run away to legoland",
    "my partner is a recovering addict, five years clean now",
    "mum checks my snapchat because I'm 12 which is fair",
    "my sister volunteers at the night shelter on Fridays",
    "nobody hits us in this house",
    "no one in our household smokes or drinks",
    "we watched a documentary on the far right in citizenship",
    "my mate was self harming and i told a teacher, she is getting help",
])
def test_an_everyday_use_stays_unflagged(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text)
