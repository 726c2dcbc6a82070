"""Flag comments that may disclose harm or risk, so a person reads them today.

Recall comes first: a false flag costs a worker a minute, a miss can cost a child. The patterns look
for harm words with a person on the receiving end, in adults' and children's words, and idioms that
merely borrow those words ("a lifesaver", "dying to", "killed it") are blanked out before matching.
"""

import re
from dataclasses import dataclass

from feedback.wordforms import normalise


@dataclass(frozen=True)
class SafeguardingResult:
    """Whether a comment needs a safeguarding read, which kinds of harm and the words that matched."""

    is_flagged: bool
    categories: tuple[str, ...]
    cues: tuple[str, ...]


VIOLENCE = "violence"
ABUSE = "abuse"
SELF_HARM = "self_harm"
SUICIDAL = "suicidal_thoughts"
UNSAFE = "unsafe_at_home"
NEGLECT = "neglect"
EXPLOITATION = "exploitation"

CATEGORIES = (VIOLENCE, ABUSE, SELF_HARM, SUICIDAL, UNSAFE, NEGLECT, EXPLOITATION)

_PERSON = (r"(?:me|us|him|her|them|you|mum|mam|mom|mummy|dad|daddy|nan|my \w+(?: \w+)?|"
           r"the (?:kids|children|child|baby|boys|girls)|his \w+|her \w+|our \w+)")
_SELF = r"(?:myself|himself|herself|themselves|themself|ourselves|yourself)"

_IDIOMS = re.compile(
    r"life ?savers?|life ?lines?|dying to|died laughing|dying laughing|killed it|killing it|"
    r"(?:is|are|were|was) killing me|(?:joke|laugh|laughing|that|it) killed me|kill (?:for|to have)|"
    r"i'?d kill to|dead (?:proud|chuffed|good|nice|happy)|drop dead|safe and sound|knock ?out|"
    r"hit it off|hit the nail|big hit|(?:was|were) a hit|punch(?:ed|es)? above|"
    r"beats? (?:me|us|him|her) at|beat (?:me|us) to it|cut (?:down|back|through|out|the|our|my "
    r"hours)|end of (?:my|the) (?:rope|tether)|life and death|(?:hurt|hurts) (?:my|his|her) "
    r"(?:feelings|back|knee|leg|arm|foot)|fight (?:for|over|to get)|abused (?:the|our|my) trust|"
    r"no longer (?:scared|afraid|frightened)|not (?:scared|afraid|frightened) (?:any ?more|now)|"
    r"nobody (?:was )?harmed|(?:scared|nervous|afraid) (?:at|about) (?:the|first)")

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern)) for category, pattern in (
        (VIOLENCE, r"\b(?:hit|hits|hitting|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|"
                   r"beat(?:s|ing)?|batter(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|"
                   r"throttl(?:e|es|ed|ing)|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|"
                   r"grab(?:s|bed|bing)?|stab(?:s|bed|bing)?|burn(?:s|t|ed)?|bit|bites?|"
                   r"hurt(?:s|ing)?|smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|thump(?:s|ed|ing)?|"
                   r"attack(?:s|ed|ing)?|headbutt(?:s|ed)?|shak(?:e|es|ing)|shook)"
                   rf" {_PERSON}\b"),
        (VIOLENCE, r"\bbeat(?:en)? (?:\w+ )?up\b|\bbeaten\b|\bbruis\w*|\bviolen(?:t|ce)\b|"
                   r"\bthr(?:ew|ows?|owing) (?:\w+ ){0,3}at (?:me|us|him|her|my|mum|dad)\b|"
                   r"\bthreat\w* (?:\w+ )?(?:to )?(?:kill|hurt|stab|burn|beat|smash)|"
                   r"(?:will|'ll|would|'d|going to|gonna|wants? to|tried to|try to|said he|"
                   r"said she) (?:\w+ )?(?:kill|stab|hurt|strangle|shoot|burn) (?:me|us|you|"
                   r"him|her|mum|dad|my|the)\b|\bwith a (?:belt|knife|stick|shoe|slipper)\b|"
                   r"\bby the (?:throat|neck|hair)\b"),
        (UNSAFE, r"\b(?:not|never|do not|does not|did not) (?:feel |feeling |felt )?(?:very )?"
                 r"safe\b|\bunsafe\b|\bnot safe\b|"
                 r"\b(?:scares?|scared|scary|frighten(?:s|ed|ing)?|terrif(?:ies|ied|ying)|afraid)"
                 r" (?:of )?(?:him|her|them|he|she|they|my|mum|dad|mam|what he|what she|to go "
                 r"home|to be at home|at home|going home|of going home|when)\b|"
                 r"\bhid(?:e|es|ing)? (?:in my room|under|from (?:him|her|them|my|mum|dad))|"
                 r"\b(?:not|never) want(?:s|ed)? to go home|"
                 r"\b(?:angry|drunk|shout\w*|scream\w*|fight\w*|violent|kick\w* off|smash\w*) "
                 r"(?:\S+ ){0,8}(?:scared|frightened|afraid|terrified)\b|"
                 r"\b(?:scares|scared|frightens|frightened|terrifies|terrified) (?:me|us|the kids)\b|"
                 r"\bsmash(?:es|ed|ing)? (?:things|stuff|the house|up|everything|the place)"),
        (ABUSE, r"\babus(?:e|ed|es|er|ers|ing|ive)\b|\bcontrol(?:s|ling|led)? (?:all )?(?:the |my )"
                r"money\b|\b(?:will not|does not|do not|never) let (?:me|her|him|us) (?:see|go|out|"
                r"leave|have|talk|speak)|\bcheck(?:s|ed|ing)? my phone|\bcall(?:s|ed)? me (?:a )?"
                r"(?:worthless|useless|stupid|fat|ugly|names|a slag|slag|thick)|"
                r"\btouch(?:es|ed|ing)? me(?! (?:deeply|so much|a lot|greatly))|"
                r"\bsexual\w*|\bsexually|\brap(?:e|ed|ist)\b|\bmolest\w*|\b(?:a|our|the|my) secret|"
                r"\bmade me do (?:things|stuff|sexual)|\b(?:kill|hurt) (?:himself|herself) if i "
                r"(?:leave|go)|\bcoerc\w*|\bcontrolling\b"),
        (SUICIDAL, r"\b(?:want|wants|wanted|wanna|wanting) to die\b|\b(?:not|no longer) want to "
                   r"(?:be alive|live|be here|wake up)|\bwish (?:i|he|she) (?:was|were|had|'d)"
                   r" (?:dead|never been born|not born)|\bkill(?:ing|ed)? (?:myself|himself|"
                   r"herself|themselves)|\bend(?:ing)? (?:it all|my life|his life|her life|"
                   r"things|it)\b|\bsuicid\w*|\boverdos\w*|\bbetter off without me|"
                   r"\b(?:no|not see the|not see any|what is the) point (?:in |of )?(?:living|"
                   r"life|going on|being here)|\bgiv(?:e|ing) up on life|\btake my (?:own )?life|"
                   r"\bnot (?:be|being) here any ?more|\bdisappear for ever|\bdisappear forever"),
        (SELF_HARM, r"\bself[- ]?harm\w*|\b(?:cut|cuts|cutting|hurt|hurts|hurting|burn|burns|"
                    r"burning|burnt|harm|harms|harming|punch|punching|starv\w*) " + _SELF +
                    r"|\b(?:started|been|keep|kept|still) cutting\b|\bcut(?:s|ting)? (?:my|his|her)"
                    r" (?:arms?|wrists?|legs?|skin)|\bscratch\w* (?:\S+ ){0,6}(?:bleed|blood)|"
                    r"\btook (?:too many|loads of|a load of|all (?:my|the)) (?:tablets|pills)"),
        (NEGLECT, r"\bno food\b|\b(?:not|never) (?:got|have) (?:any )?food\b|\bnothing to eat\b|"
                  r"\b(?:always|often|go|goes|going|went|gone) hungry\b|\bno (?:electric|"
                  r"electricity|gas|heating|hot water|beds?|nappies|clean clothes)\b|"
                  r"\bleaves? (?:us|me|them|the kids|him|her) (?:on (?:our|my|their|his|her) own"
                  r"|alone|home alone|by (?:our|my)sel\w*)|\bhome alone\b|"
                  r"\bon (?:our|my) own all (?:night|day|weekend)|"
                  r"\b(?:always|often|usually|keeps? getting|every night) (?:drunk|high|stoned|"
                  r"off (?:her|his|their) heads?|passed out)|\bpassed out\b|"
                  r"\b(?:clothes are|clothes were) dirty|\bdirty clothes\b|"
                  r"\bsleep(?:s|ing)? on the floor\b|\bsleep(?:s|ing)? (?:rough|on the streets?)\b|"
                  r"\bkicked (?:me |us |him |her )?out\b|\bnobody (?:makes|cooks|gives) (?:me|us)"
                  r" (?:tea|dinner|food|breakfast|lunch)|\bfind food (?:myself|ourselves)"),
        (EXPLOITATION, r"\b(?:older|big|grown) (?:boys|lads|men|man|guys?|kids|girls|people) "
                       r"(?:\S+ ){0,5}(?:make|made|makes|making|give|gave|gives|giving|ask|asks|"
                       r"asked|told|tell|want|wants|pay|paid|send|sent)\b|"
                       r"\b(?:make|made|makes|making) (?:me|him|her|us|them) (?:carry|hold|deliver|"
                       r"sell|take|run|hide|keep|drop off)\b|\bcounty lines?\b|"
                       r"\b(?:sell|selling|sold|sells|deal|dealing|carry|carrying) drugs\b|"
                       r"\bpackages? (?:\S+ ){0,4}(?:other|another) (?:towns?|cities|city|places?)|"
                       r"\b(?:owe|owes|owed) (?:them|him|people|someone|some lads) money|"
                       r"\bmet (?:him |her |them |someone )?online|"
                       r"\b(?:gives?|gave|giving|buys?|bought|buying) (?:me|her|him) (?:presents|"
                       r"gifts|money|cash|alcohol|vodka|drink|drugs|weed|phones?|trainers)|"
                       r"\bolder (?:boyfriend|girlfriend|men|man|guys?)\b|\bgroom\w*|"
                       r"\b(?:going|goes|gone|went|keeps?(?: going)?) missing\b|\bnudes?\b|"
                       r"\bsent me (?:pictures|photos|pics|videos)|\bsextortion\b|"
                       r"\b(?:boyfriend|girlfriend) who is (?:1[89]|[2-9]\d)\b"),
    ))


def check_safeguarding(text: str) -> SafeguardingResult:
    """Return whether a comment may disclose harm or risk, and the categories and words found."""
    return check_normalised(normalise(text))


def check_normalised(normalised: str) -> SafeguardingResult:
    """Return the safeguarding result for text already passed through normalise."""
    # Apostrophes dropped so "mum's boyfriend" and "mums boyfriend" read the same.
    text = _IDIOMS.sub(" ~ ", normalised.replace("'s ", " "))
    categories: list[str] = []
    cues: list[str] = []
    for category, pattern in _RULES:
        for match in pattern.finditer(text):
            if category not in categories:
                categories.append(category)
            cue = match.group(0).strip()
            if cue not in cues:
                cues.append(cue)
    ordered = tuple(category for category in CATEGORIES if category in categories)
    return SafeguardingResult(bool(ordered), ordered, tuple(cues))
