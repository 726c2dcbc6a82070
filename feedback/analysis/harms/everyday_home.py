"""More everyday signs of harm at home and in a family's living: food, warmth, clothes and care;
a parent's drinking and drug use; losing a home; marriage and cutting arranged for a child; work
that is not paid (issue 14). Written, like everyday.py, as families of phrasings for one sign."""

from feedback.analysis.harms.names import (
    FGM,
    FORCED_MARRIAGE,
    HOMELESSNESS,
    MODERN_SLAVERY,
    NEGLECT,
    SUBSTANCE_MISUSE,
)

_PARENT = (r"(?:mum|mummy|mam|mom|dad|daddy|stepdad|step dad|stepmum|he|she|my partner|my husband|"
           r"my wife|parents?)")
_DRINK_WORDS = r"(?:vodka|bottles?|cans|wine|drink|gin|cider|lager|beer|pills|tablets|weed|drugs|foil)"

_AGE = r"(?:i'?m|im|i am|she'?s|shes|she is|she|he'?s|he is|aged) (?:only )?1[0-7]\b"
_MARRIAGE = r"(?:marr\w*|wedding|engaged|engagement|husband|wife|bride|rishta|nikah|match)"

RULES: dict[str, tuple[str, ...]] = {
    NEGLECT: (
        # Clothes and shoes worn through or outgrown.
        r"\b(?:shoes|trainers|clothes|uniform|coat|socks)(?:\s\S+){0,4}?\s(?:with|have|has|got|full of) "
        r"(?:\w+ )?holes|\bholes in (?:my|his|her|their|our) (?:shoes|trainers|clothes|uniform|coat|"
        r"socks)|\b(?:shoes|trainers|clothes|uniform) (?:that |which )?(?:do not|does not|no longer) fit\b|"
        # Meals that are not meals.
        r"\b(?:crisps|biscuits|sweets|chocolate|cereal|toast|noodles|bread) for (?:tea|dinner|breakfast|"
        r"lunch) (?:most|every|each|all) (?:days?|nights?|week)|\b(?:just|only) (?:have|had|get|got|eat|"
        r"eating) (?:crisps|biscuits|sweets|cereal|toast|bread|noodles) (?:for|most|every)|"
        # Nobody seeing to a child's care.
        r"\b(?:no one|nobody|no-one|never) (?:\w+ )?(?:checks?|makes? sure|reminds?) (?:\S+ ){0,4}?"
        r"(?:teeth|washed|wash|bath|shower|eaten|ate|in bed|gone to bed)|"
        # Small children out alone.
        r"\b(?:toddler|baby|little one|\d+ (?:year|yr) old|little (?:boy|girl))\b(?:\s\S+){0,6}?\s"
        r"(?:outside|on the road|in the street|wandering|wandered off|out) (?:\S+ ){0,4}?(?:alone|on "
        r"(?:his|her|their) own|in (?:just )?(?:a|his|her) nappy|no shoes|at night|in the dark|nobody)|"
        r"\bin just a nappy\b|\bwander(?:ing|s|ed)? (?:the streets|about|around) (?:\S+ ){0,3}?(?:alone|at "
        r"night|in the dark|on (?:his|her|their) own)|"
        # Cold at home.
        r"\b(?:heating|heater|radiators?) (?:is |are |was )?(?:never|hardly ever|rarely) (?:on|turned on|put "
        r"on)|\b(?:always|so|really|freezing) cold (?:at home|in the house|in (?:my|our) (?:room|bed|flat|"
        r"house))|\b(?:can not|cannot) afford (?:to )?(?:put )?(?:the )?(?:heating|electric|gas)",
    ),
    SUBSTANCE_MISUSE: (
        r"\bsnort(?:s|ed|ing)? (?!with|at|of|laugh)|\bon the (?:cans|vodka|wine|cider|sauce|booze|gin|"
        r"lager|white lightning)\b|"
        r"\b(?:sleeps?|slept|passes? out|passed out|falls? asleep|fell asleep|collapses?|collapsed) "
        r"(?:\S+ ){0,4}?after (?:the pub|the club|drinking|a drink|a session|the offy)|"
        r"\b(?:drink\w*|cans|vodka|wine|cider|beer|lager)\b(?:\s\S+){0,4}?\s(?:from when (?:she|he) wakes?|"
        r"as soon as (?:she|he) (?:wakes|gets up)|first thing in the morning|before (?:breakfast|school|"
        r"lunch|10|11|noon|9))|"
        r"\b(?:sweet|weird|funny|strong|skunky|herby) (?:\w+ )?smell\b(?:\s\S+){0,8}?\s(?:eyes|giggly|"
        r"munchies|bloodshot)|"
        rf"\b(?:find|found|finds|finding) (?:\w+ ){{0,2}}?{_DRINK_WORDS}\b (?:\S+ ){{0,3}}?(?:in|under|"
        r"behind) (?:the|her|his|my|our) (?:washing|basket|wardrobe|drawer|cupboard|bag|cistern|toilet|"
        r"shed|car|bed|sofa|coat|boots?|garden)|"
        rf"\b(?:when|while|if) (?:\w+ )?{_PARENT} (?:is )?(?:uses|using|is using|has been using|is on "
        r"it|is high|is drunk|is stoned|is wasted)\b",
    ),
    HOMELESSNESS: (
        r"\b(?:chucked|booted|turfed|thrown|kicked) (?:me |us |him |her |them )?out\b|"
        r"\b(?:staying|sleeping|kip\w*|crash\w*|dossing|living|stopping) (?:at|round|on|in) (?:my |a |"
        r"different |various |random )?(?:mates|mate|friends|friend|m8s|pals|peoples?|random peoples?|"
        r"whoevers?)\b(?!(?:\s\S+){0,6}?\s(?:sleepover|party|birthday|tonight|for the weekend))|"
        r"\b(?:staying|living|stay|live|moved|move|went) (?:\w+ )?(?:in|into|to) (?:a|the) refuge\b",
    ),
    FORCED_MARRIAGE: (
        r"\b(?:forc\w*|pressur\w*|made|making|make) (?:me|her|him) (?:\S+ ){0,12}?(?:marr(?:y|ies|ied|"
        r"ying|iage)|wedding|engaged)\b|"
        r"\b(?:1[0-7]|[5-9])(?: |-)(?:years?|yrs?)(?: |-)old (?:\w+ ){0,3}?(?:is |was )?(?:getting |got "
        r"|being |to be )?(?:married|engaged|wed)\b|\b(?:1[0-7]|[5-9])(?: |-)(?:year|yr)(?: |-)old "
        r"(?:bride|wife)",
    ),
    FGM: (
        r"\b(?:purif\w*|cleans\w*|made clean|be clean)\b(?:\s\S+){0,6}?\s(?:girls|like (?:the other|her|"
        r"my)|daughter|sister|women)|\b(?:daughter|girls?|sister|niece)\b(?:\s\S+){0,6}?\s(?:purif\w*|"
        r"made clean|be cleaned|cleansed)|\b(?:for|to) the cut\b|"
        r"\b(?:girls|daughters?|sisters?|nieces?)\b(?:\s\S+){0,10}?\s(?:traditional|cultural|secret|"
        r"special) (?:thing|ceremony|practice|custom|procedure|operation)",
    ),
    MODERN_SLAVERY: (
        r"\bpromised (?:me |us |her |him )?(?:a )?(?:good )?(?:job|work|papers)\b(?:\s\S+){0,10}?\s"
        r"(?:owe|debt|no pay|not paid|passport|locked|not allowed|made|forced)|\bowe (?:them |him |her |"
        r"the \w+ )?(?:\w+ )?(?:thousand|thousands|grand|£\s?\d+|\d+ ?(?:k|grand|pounds))|"
        r"\b(?:work|farm|factory|field|site|restaurant|takeaway|car ?wash)\b(?:\s\S+){0,10}?\s(?:do not|"
        r"never|not|without) (?:\w+ )?(?:get|gets|getting|given|paid|see) (?:any )?(?:money|pay|wages|a "
        r"penny|paid)|\block\w* (?:us|them|me|her|him) in (?:\S+ ){0,4}?(?:above|behind|at|in) (?:the )?"
        r"(?:shop|restaurant|takeaway|factory|farm|salon|nail bar|car ?wash|work)|"
        r"\b(?:cook|clean|look after)\w* (?:and (?:cook|clean)\w* )?for (?:my |the |a |our )?(?:\w+ )?"
        r"(?:family|families|aunt|uncle|them|relatives)\b(?:\s\S+){0,10}?\s(?:will not let|won'?t let|"
        r"not allowed|no school|not go to school|instead of school|no pay|no money|all day|every day)",
    ),
}

# A third round of families: eyes never tested, food taken because there is none, had too much,
# withdrawal in the morning, the council's hotel room, a box room for four, a match accepted at 15,
# sent back to marry, "not clean until it's done", child labour, threats to a family back home.
_MORE: dict[str, tuple[str, ...]] = {
    NEGLECT: (
        r"\b(?:my|our|his|her|their) own (?:tea|dinner|food|meals|breakfast)\b(?:\s\S+){0,4}?\s(?:cos|"
        r"because|coz|as) (?:mum|mummy|mam|dad|daddy|parents?|nobody|no one)|\b(?:mum|mummy|mam|dad|daddy|"
        r"parents) (?:is|are) (?:always|never|hardly ever) (?:out|home|in|there|around)\b|"
        r"\b(?:always|constantly|often|hours) (?:\w+ ){0,2}?(?:in )?(?:a )?(?:wet|dirty|soiled|full|soaking|"
        r"same) nappy|\b(?:nappy|nappies) (?:\S+ ){0,4}?(?:sores|raw|bleeding|blisters)|\b(?:wet|dirty|"
        r"soiled) nappy (?:\S+ ){0,4}?(?:sores|rash|raw|hours|all day|always)|"
        r"\b(?:nobody|no one|never|not|has not|have not) (?:\w+ )?(?:taken|took|takes|booked|bothered)\b"
        r"(?:\s\S+){0,6}?\s(?:dentist|doctor|gp|optician|eyes tested|eye test|hearing test|check ?up|jabs|"
        r"vaccinations?|injections)|\b(?:steal|stealing|stole|nick|nicking|nicked) (?:\w+ )?(?:food|bread|"
        r"milk|sandwiches|snacks)\b|\b(?:none|no food|nothing to eat) (?:at|in the) (?:home|house)\b",
    ),
    SUBSTANCE_MISUSE: (
        r"\b(?:had|has had|drunk|drank|drinks) too much\b(?! (?:to eat|food|cake|chocolate|sugar|pain|"
        r"time|of)\b)|\b(?:mum|mummy|mam|dad|daddy|they all|friends) (?:\w+ ){0,2}?(?:take|takes|taking|"
        r"took|doing|do|does|did|smoke|smoking) (?:\w+ )?(?:stuff|gear|bits|lines|pills|something)\b"
        r"(?! (?:to|for|from|with|out|off|back|home|round|in|up)\b)|\b(?:parties|partying|music|people "
        r"round|friends round)\b(?:\s\S+){0,6}?\s(?:all night|till \d|until \d|every night|till morning)|"
        r"\b(?:shaky|shakes|shaking|sweating|sick|rattling|clucking)\b(?:\s\S+){0,8}?\s(?:without|if (?:he|"
        r"she) (?:does not|did not) (?:have|get)|until (?:he|she) (?:has|gets)) (?:a |his |her |some )?"
        r"(?:drink|fix|gear|cans?|vodka|pills|methadone)|\b(?:needs?|has to have) (?:a )?drink (?:in the "
        r"morning|to stop (?:the )?shak\w*|before (?:he|she) can)",
    ),
    HOMELESSNESS: (
        r"\bcouncil (?:\w+ ){0,3}?(?:found|put|placed|moved|housed) (?:us|me|them)\b|\bnowhere (?:\w+ )?"
        r"(?:lined up|sorted|to move|arranged)|\blandlord (?:\S+ ){0,3}?(?:selling|sold|wants the (?:house|"
        r"flat) back|not renewing|ending)|\b(?:dad|mum|parents?|stepdad|stepmum|mam|nan) (?:\w+ )?"
        r"(?:told|tells|says|said) (?:me|us) to (?:get out|leave home|leave the house|pack (?:my|our) "
        r"(?:bags|things|stuff))|\bon (?:my|a|his|her|their) (?:\w+ )?(?:mates?|friends?|pals?|nans?|"
        r"aunties?|sisters?|brothers?|cousins?)'?s? (?:floor|sofa|settee|couch)\b"
        r"(?!(?:\s\S+){0,6}?\s(?:sleepover|party|birthday|film night|for fun|night out|christmas))|"
        r"\b(?:crammed|squeezed|"
        r"squashed|packed|stuck|all \w+ of us) (?:\S+ ){0,4}?(?:one room|box room|one bedroom|one bed)",
    ),
    FORCED_MARRIAGE: (
        rf"\b{_MARRIAGE}\b(?:\s\S+){{0,12}}?\s{_AGE}|\b{_MARRIAGE}\b(?:\s\S+){{0,6}}?\swithout "
        r"(?:asking|telling) (?:me|her)|\b(?:took|taken|take) (?:my|her) (?:phone|passport)\b(?:\s\S+)"
        rf"{{0,10}}?\s{_MARRIAGE}|\baccept (?:the|this|a) (?:match|proposal|rishta|marriage|man|boy)\b|"
        r"\b(?:being|been|getting|get|got|be|was|am) (?:sent|taken) (?:back )?(?:to|home|abroad)\b"
        r"(?:\s\S+){0,10}?\s(?:marr\w*|wedding|engaged|husband|wife)",
    ),
    FGM: (
        r"\b(?:be|been|being|get|getting|got|turn to be) cut\b(?! (?:short|off|out|back|down|from|in half|"
        r"up|the|my|his|a|an|loose|free|hair))|\b(?:not|never|are not|is not) (?:\w+ )?(?:clean|pure|"
        r"proper|a (?:real|proper) woman)\b(?:\s\S+){0,3}?\s(?:until|till|unless|without) (?:it|they|she|"
        r"you)? ?(?:is |are |'?s |'?re )?(?:done|cut|had it)|\bsomething done down there|\b(?:holiday|"
        r"holidays|summer|trip|abroad|back home)\b(?:\s\S+){0,8}?\s(?:down there|private parts|privates)|"
        r"\b(?:grandma|granny|gran|grandmother|aunt\w*|relative|lady|woman|cutter|elder) (?:\S+ ){0,6}?"
        r"to (?:do|cut|see to|clean) (?:the|my|our|all the) (?:girls|daughters?|sisters?)\b(?!'?s? (?:\w+ )?"
        r"(?:hair|nails|make ?up|braids|henna|faces?|photos?))|\b(?:special|secret|big) (?:trip|holiday|"
        r"day|ceremony|celebration|party|thing)\b(?:\s\S+){0,8}?\s(?:for|with) (?:my |our |her )?(?:\w+ )?"
        r"(?:sister|daughter|niece|girls?)\b(?:\s\S+){0,10}?\s(?:no one|nobody|will not|won'?t|refuse|"
        r"secret|scared|frightened|worried)",
    ),
    MODERN_SLAVERY: (
        r"\b(?:working|work|works|made to work)\b(?:\s\S+){0,8}?\s(?:never|not|instead of|no) (?:in |at |"
        r"going to |go to )?school\b|\b(?:not|never) (?:in|at|go to|going to) school\b(?:\s\S+){0,8}?\s"
        r"(?:working|work|works)\b|\b(?:\d+|twelve|fourteen|sixteen|eighteen) hours? (?:a|per|every) day\b"
        r"(?:\s\S+){0,6}?\s(?:for £?\d+|for (?:nothing|free|food|a bed)|no pay|not paid|no money)|"
        r"\bif (?:i|we|you|he|she) (?:go|goes|went|talk|talks|speak|tell|tells|run|runs) (?:to )?(?:the )?"
        r"(?:police|anyone|authorities|home office|someone)\b(?:\s\S+){0,8}?\s(?:send (?:me|us|her|him) "
        r"back|deport\w*|hurt|kill|harm|find)",
    ),
}
for _category, _patterns in _MORE.items():
    RULES[_category] += _patterns
