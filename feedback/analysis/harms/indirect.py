"""Indirect, everyday ways of telling each harm that the other lexicons did not reach (issue 14, round 2):
what is missing from a child's day (a wash, a nappy changed), where a family sleeps, what a child is
taken abroad for, and threats made for refusing. Each pattern is a concept with its word forms, not a
sentence. Like strong_words, these join their category's gate by construction."""

from feedback.analysis.harms.names import (
    EXPLOITATION,
    FGM,
    FORCED_MARRIAGE,
    HOMELESSNESS,
    MISSING,
    MODERN_SLAVERY,
    NEGLECT,
    RADICALISATION,
    SEXUAL_ABUSE,
    SUICIDAL,
)

_CHILD = (r"(?:daughter|daughters|girl|girls|little girl|niece|granddaughter|sister|baby girl|"
          r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:year|yr) old)")
_REFUSE = r"(?:say no|said no|refuse|refused|do not|dont|will not|wont|won't|don't|say i do not want)"

RULES: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        r"\bwish (?:i|he|she) (?:was|were|had) (?:never|not) (?:been )?born\b|\bwish (?:i|he|she) "
        r"(?:was|were)(?:n't|nt| not) born\b",
    ),
    SEXUAL_ABUSE: (
        r"\b(?:tickl|touch|rub|stroke|feel|play)\w* (?:\S+ ){0,3}?(?:my|her|his|their) (?:private|privates|"
        r"willy|wee wee|bits|front bottom|fanny|minnie|noo ?noo|down below)\b",
    ),
    EXPLOITATION: (
        r"\b(?:cars?|vans?|men|older (?:boys|lads|men)) (?:\S+ ){0,6}?(?:picking|pick|picks|picked|"
        r"collect\w*) (?:up )?(?:my|our|her|his) (?:\S+ ){0,3}?(?:at (?:[0-5] ?(?:am)?|midnight|night)|"
        r"late at night|"
        r"in the middle of the night)",
    ),
    MISSING: (
        r"\b(?:do not|dont|does not|doesnt|never|not) (?:go|come|going|coming) (?:back )?home\b"
        r"(?:\s\S+){0,6}?\s(?:days|nights|weekend|week)\b|"
        r"\bsleep\w* (?:wherever|anywhere|at random|at strangers)",
    ),
    NEGLECT: (
        r"\b(?:not|never|havent|have not|hasnt|has not|had no) (?:had|been given|got|been)? ?(?:a )?"
        r"(?:bath|wash|shower|clean clothes) (?:in|for) (?:ages|weeks|days|a week|a month|months)\b|"
        r"\bnappy (?:\S+ ){0,2}?(?:does not|doesnt|never|not|is not|isnt) (?:get )?(?:changed|clean)|"
        r"\b(?:dirty|soaking|full|wet) nappy (?:all day|for hours)",
    ),
    HOMELESSNESS: (
        r"\b(?:live|living|lives|stay|staying|stays|been|put|placed|moved) (?:\w+ )?in (?:a |the |one )?"
        r"(?:hotel|b ?& ?b|b and b|bed and breakfast|hostel|travelodge|premier inn|temporary "
        r"accommodation)(?: room)?\b(?! (?:for|on) (?:a |our |the )?(?:holiday|weekend|night|break|trip))",
    ),
    FORCED_MARRIAGE: (
        rf"\bif (?:i|she|we) {_REFUSE} (?:\S+ ){{0,4}}?(?:marriage|marry|wedding|rishta|nikah|him)\b"
        r"(?:\s\S+){0,8}?\s(?:dead to|disown\w*|kill|kick\w* (?:me|her) out|throw\w* (?:me|her) out|"
        r"shame|cut (?:me|her) off|never speak)",
    ),
    FGM: (
        rf"\b(?:take|taking|took|send|sending|sent|bring|bringing) (?:our|my|her|his|the|their) {_CHILD} "
        r"(?:\S+ ){0,5}?(?:to have|for|to get) (?:the |a |her |it )?(?:procedure|operation|cutting|cut|"
        r"ceremony|cleansing|done)\b|"
        r"\bcut\w* (?:\S+ ){0,2}?(?:girls?|her|my|our|their) (?:bits|private\w*|down there)",
    ),
    RADICALISATION: (
        r"\b(?:by any means(?: necessary)?|by force)\b(?:\s\S+){0,12}?\s(?:how to make|make (?:a )?"
        r"bombs?|weapons?|fight|kill)|\btake (?:our|the|this) country back by (?:any means|force)|"
        r"\b(?:sent|showed|shown|send) (?:me|him|her|us) how to make (?:stuff|bombs?|explosives?|weapons?|"
        r"guns?|things)",
    ),
    MODERN_SLAVERY: (
        r"\bbrought (?:a |this |the |another )?(?:girl|boy|woman|man|child|kid|lady|teenager)s? "
        r"(?:over )?from (?:\S+ ){1,3}?to (?:be (?:the |a |their |our )?(?:maid|servant|cleaner|nanny|"
        r"help)|work|clean|cook|look after)",
    ),
}
