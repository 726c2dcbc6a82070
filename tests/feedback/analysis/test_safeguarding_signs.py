"""Signs a keyworker notices and the round-3 guards (issue 14), in words of our own rather than any
held-out set's: each concept is checked on sentences it was not written from."""

import csv
import re
from pathlib import Path

import pytest

from feedback import check_safeguarding
from feedback.analysis.harms import signs
from feedback.analysis.safeguarding import blank_guarded, check_normalised
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


# Round 4: each sign and guard in words of our own, never the held-out sentence that prompted it.
@pytest.mark.parametrize(("text", "category"), [
    ("my brother has been saying his goodbyes to all his friends this week", "suicidal_thoughts"),
    ("she keeps talking about putting her affairs in order and she's only 40", "suicidal_thoughts"),
    ("he handed over his guitar and his games and said thanks for everything", "suicidal_thoughts"),
    ("dont worry about me, I won't be a bother to anyone for much longer", "suicidal_thoughts"),
    ("I found a rope hidden under his bed", "suicidal_thoughts"),
    ("i only cut when nobody is home", "self_harm"),
    ("my sh got worse after christmas", "self_harm"),
    ("she has bandages under her sleeves and won't say why", "self_harm"),
    ("my wrists get sore when I'm stressed because I scratched my arms when it all got too much",
     "self_harm"),
    ("told the nurse the bruise was from the trampoline, it wasn't", "physical_abuse"),
    ("when he's had a bad day he comes at me with whatever is in his hand", "physical_abuse"),
    ("the boys only eat at breakfast club, there's nothing at home", "neglect"),
    ("we never really have tea in the week, mum's in bed", "neglect"),
    ("our cupboards have been empty since the weekend", "neglect"),
    ("no one has taken her to the dentist in three years and her teeth hurt", "neglect"),
    ("they're bringing an older lady over from abroad to do the cutting", "fgm"),
    ("grandma says the ceremony will happen when we visit Sierra Leone", "fgm"),
    ("my aunt said my nieces need the procedure soon", "fgm"),
    ("nobody will tell me what the holiday is really for", "fgm"),
    ("my in-laws have arranged a wedding for my 15 year old", "forced_marriage"),
    ("we fly out next month so I can meet my future husband, I'm in year 10", "forced_marriage"),
    ("dad has booked my sister a one-way flight to Bangladesh", "forced_marriage"),
    ("they make me carry parcels round town for older lads", "exploitation"),
    ("he says the debt will be cleared after two more runs", "exploitation"),
    ("my nephew is on a line in Swansea and can not get out", "exploitation"),
    ("they pay me to wait on the corner and ring them if the police turn up", "exploitation"),
    ("I found a burner phone and baggies in my son's coat", "exploitation"),
    ("she was arrested in a city miles away she has never been to", "exploitation"),
    ("he passes her around his friends", "exploitation"),
    ("we keep our coats on in bed in case we have to get out fast", "domestic_abuse"),
    ("I turn my music up loud so I don't have to hear the screaming downstairs", "domestic_abuse"),
    ("I take days off work so my daughter is never left alone with him", "domestic_abuse"),
    ("my son has gone missing four times since september", "missing_children"),
    ("they sent us from town to town and I never knew the address", "modern_slavery"),
    ("a minibus collects the women next door at 4am every day", "modern_slavery"),
    ("she lives with an uncle who isn't related to her", "modern_slavery"),
    ("the boss tells me I should be grateful he lets me have a bed", "modern_slavery"),
    ("I work at the salon and I have no passport", "modern_slavery"),
    ("my cousin sleeps in the back of the takeaway where he works", "modern_slavery"),
    ("this guy on her phone asked where she lives and what school she goes to, asked for her address too",
     "online_grooming"),
    ("an older boy wants to move our chats to a secret app", "online_grooming"),
    ("someone on the game asked what she is wearing", "online_grooming"),
    ("my partner was off his head on Saturday with the kids in the house", "parental_substance_misuse"),
    ("I pour dad's vodka down the sink so he can't drive us", "parental_substance_misuse"),
    ("she drinks a bottle of gin every night", "parental_substance_misuse"),
    ("he was wasted and fell asleep with the chip pan on", "parental_substance_misuse"),
    ("he says the migrants at the hotel need teaching a lesson, real action", "radicalisation"),
    ("my son says the world is run by a secret elite", "radicalisation"),
    ("we have had no fixed place to live since the summer", "homelessness"),
    ("the temporary flat finishes on Friday and we will be on the streets", "homelessness"),
])
def test_a_round_four_sign_flags_under_its_own_kind(text, category):
    result = check_safeguarding(text)
    assert category in result.categories, result


@pytest.mark.parametrize("text", [
    "the housing portal is completely hopeless, the worker phoned them for me",
    "I'm hopeless at maths but the tutor is patient",
    "I felt like a burden phoning so much but they said ring any time",
    "on the game he has a bow and three swords",
    "my daughter drew a picture of a knight with a sword",
    "my son is pretending to be a pirate with his cardboard cutlass and sword",
    "she spreads her jam with a butter knife now",
    "I showed him how to hold a knife safely when chopping",
    "me and my boyfriend split up last month, I'm fine",
    "the kids see their dad every other saturday and enjoy it",
    "my sister got engaged to her partner of six years",
    "he has a black eye from rugby, he loves it",
    "slept in a tent at the festival, best weekend ever",
    "my grandad pays me a fiver for doing his garden",
    "my mum would kill me if I forgot to say thank you",
    "Sprained my wrist at netball on Tuesday.",
    "my son banged his knee at the park",
    "she ran away from the wasp screaming",
    "he loves swords - foam swords, he's four",
    "the film was about a boy who runs away to join the circus",
    "in PSHE we discussed forced marriage and consent",
    "my son still cuts the crusts off his toast",
    "I only burn toast when I'm tired",
    "we moved around a lot when dad was in the army",
    "my mum works in a nail bar and sleeps well",
    "we live above the shop my parents own",
    "I gave away my old clothes to the charity shop",
    "he has a rope swing in the garden",
])
def test_a_round_four_guard_keeps_an_everyday_use_unflagged(text):
    assert not check_normalised(normalise(text), use_model=False).is_flagged, \
        check_normalised(normalise(text), use_model=False)


# Round 4, second pass: indirect words of the same signs, again in sentences that prompted none of them.
@pytest.mark.parametrize(("text", "category"), [
    ("my family would all be fine without me honestly", "suicidal_thoughts"),
    ("no one would even miss me at school", "suicidal_thoughts"),
    ("I hugged my dad extra long just in case I never see him again", "suicidal_thoughts"),
    ("every night I hope I don't wake up in the morning", "suicidal_thoughts"),
    ("my sister can have all my things when I'm gone", "suicidal_thoughts"),
    ("I really can't see the point in anything now", "suicidal_thoughts"),
    ("I'd rather die than go back there", "suicidal_thoughts"),
    ("I sat on the edge of the roof of the flats for an hour", "suicidal_thoughts"),
    ("he took all of the tablets in the cupboard", "suicidal_thoughts"),
    ("she burns her skin so she can feel in control again", "self_harm"),
    ("his legs look like a barcode under his joggers", "self_harm"),
    ("the urge to cut has been really strong this week", "self_harm"),
    ("we have been fending for ourselves since mum got ill", "neglect"),
    ("nobody picks us up from football so we walk home in the dark", "neglect"),
    ("there is nothing in the fridge again and it's thursday", "neglect"),
    ("nobody checks if we have eaten or gone to bed", "neglect"),
    ("my little boy has never been to a dentist ever", "neglect"),
    ("the police were called again by next door because of the screaming", "domestic_abuse"),
    ("I have to ask his permission before I spend anything", "domestic_abuse"),
    ("mum told me I will be married before I turn seventeen", "forced_marriage"),
    ("my cousin got sent back home and she isn't coming back", "forced_marriage"),
    ("grandad says our girls have to become pure women", "fgm"),
    ("my niece has been sore since they got back from the village", "fgm"),
    ("they said there will be a secret cutting for the girls", "fgm"),
    ("my brother says the holocaust was a hoax", "radicalisation"),
    ("he wants to go and fight for the caliphate", "radicalisation"),
    ("he keeps saying our people need to rise up", "radicalisation"),
    ("at the farm we are forbidden to talk to anyone from the village", "modern_slavery"),
    ("she stayed at some older guy's flat and came home on monday", "missing_children"),
])
def test_an_indirect_round_four_sign_flags_under_its_own_kind(text, category):
    result = check_safeguarding(text)
    assert category in result.categories, result


@pytest.mark.parametrize("text", [
    "I told my teacher the dog scratched me but it didn't",
    "we say the bruise came from the stairs, it wasn't the stairs",
])
def test_a_cover_story_said_to_be_false_flags(text):
    """A pet, the stairs or a sport given as the cause, then denied: who did it is unsaid, so either kind."""
    result = check_normalised(normalise(text), use_model=False)
    assert {"self_harm", "physical_abuse"} & set(result.categories), result


@pytest.mark.parametrize("text", [
    "the tap would not stop so the plumber came to make it stop leaking",
    "the baby's rash cleared once the nurse treated it",
    "nobody picked me up late this term, the new routine works",
    "there is nothing to do at home in the holidays so the club is great",
    "I'd rather have sessions in the evening",
    "I used to look after myself badly but now I eat well",
    "we watched the sunset from the top of the hill",
    "the urge to eat chocolate is bad at night",
    "the neighbours called round with a cake",
    "she has to ask permission to leave the classroom, it's a school rule",
])
def test_an_indirect_round_four_sign_leaves_everyday_words_alone(text):
    assert not check_normalised(normalise(text), use_model=False).is_flagged, \
        check_normalised(normalise(text), use_model=False)
