"""Wording for young people aged 13 to 17: between the adult and the child wording.

The same 19 statements (the same item codes, areas and seed statements, so the same meaning and
comparable scores), said the way a teenager would say them: shorter and more everyday than the
adult wording, less childlike than the child wording. Released as its own questionnaire version
("family-outcomes-young-people" version 1) in `instrument.py`; its reliable-change figures stay
provisional until enough young people have answered, as the child version's do.
"""
from __future__ import annotations

from .marking import N_

# Flesch 70-80 is "fairly easy", usual for readers of about 12 to 15: between the adult target
# (60, plain English) and the child target (80, easy).
YOUNG_PEOPLE_READING_EASE_TARGET = 70.0

YOUNG_PEOPLE_QUESTION = N_("How much is this like your family at the moment?")

# item code -> wording for young people; every code of the adult version, none new.
YOUNG_PEOPLE_WORDING: dict[str, str] = {
    "FBF01": N_("We do things that help people in our area."),
    "FBF02": N_("We can trust people who are not in our family."),
    "FBF03": N_("We know where to go and who to ask for help."),
    "FBF04": N_("We feel we belong where we live."),
    "FBF05": N_("We ask for help when we need it."),
    "FBF06": N_("We look for new ideas and help for our family."),
    "FBF07": N_("We think about how our choices affect others."),
    "FBF08": N_("We get on well as a family."),
    "FBF09": N_("We keep finding out new things about our family."),
    "FBF10": N_("We come up with ideas for things to do together."),
    "FBF11": N_("We say something good when one of us does well."),
    "FBF12": N_("We feel hopeful about what comes next."),
    "FBF13": N_("We think about what we want in the future."),
    "FBF14": N_("We make plans and set goals as a family."),
    "FBF15": N_("We make time to work on our own goals and our family's goals."),
    "FBF16": N_("We can see what we are good at."),
    "FBF17": N_("We feel confident about what we can do."),
    "FBF18": N_("Each of us feels OK about who we are."),
    "FBF19": N_("We believe what we choose to do makes a difference to our family."),
}

# Flesch reading ease of each wording, computed once by `readability.flesch_reading_ease` and
# stored, as for the other versions, so a change of wording or formula shows up in the tests.
YOUNG_PEOPLE_READING_EASE: dict[str, float] = {
    "FBF01": 94.3,
    "FBF02": 86.71,
    "FBF03": 111.07,
    "FBF04": 103.04,
    "FBF05": 114.12,
    "FBF06": 86.71,
    "FBF07": 71.82,
    "FBF08": 90.96,
    "FBF09": 75.5,
    "FBF10": 86.71,
    "FBF11": 95.17,
    "FBF12": 78.87,
    "FBF13": 94.3,
    "FBF14": 94.3,
    "FBF15": 96.02,
    "FBF16": 114.12,
    "FBF17": 82.39,
    "FBF18": 103.7,
    "FBF19": 76.5,
}

# --- How our service feels, for young people ----------------------------------------------------
# The seven service-experience statements (the same codes and seed statements, so the same
# meaning), said the way a young person would say them: "one main worker" for "one key person",
# "on my side" for "stand up for me". Children under 13 are not asked these statements.
YOUNG_PEOPLE_SERVICE_QUESTION = N_("How true is this for you at the moment?")

YOUNG_PEOPLE_SERVICE_WORDING: dict[str, str] = {
    "SVC01": N_("There is one place I can go to for help."),
    "SVC02": N_("I know who does what and what happens next."),
    "SVC03": N_("I have one main worker who helps me sort things out myself."),
    "SVC04": N_("The people helping us know what will help."),
    "SVC05": N_("They know how to get on with me and my family."),
    "SVC06": N_("They are on my side, and they push me too."),
    "SVC07": N_("They listen to me and then do something about it."),
}

YOUNG_PEOPLE_SERVICE_READING_EASE: dict[str, float] = {
    "SVC01": 112.09,
    "SVC02": 103.7,
    "SVC03": 95.96,
    "SVC04": 92.97,
    "SVC05": 95.69,
    "SVC06": 112.09,
    "SVC07": 78.25,
}
