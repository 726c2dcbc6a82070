"""Flag comments that may disclose harm or risk, so a person reads them today.

Recall comes first: a false flag costs a worker a minute, a miss can cost a child. The patterns look
for harm words with a person on the receiving end, in adults' and children's words, and idioms that
merely borrow those words ("a lifesaver", "dying to", "killed it") are blanked out before matching.
"""

import re
from dataclasses import dataclass

from feedback.analysis.wordforms import normalise


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
# Where people cut, burn or scratch themselves; hands, fingers and heads are left out because
# kitchen accidents and "banging my head against a wall" are far more common in feedback.
_BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|belly|body|hips?|ankles?)"
# Words for a person who does harm, so "hit by a lad" flags and "hit by a ball" does not.
_AGENT = (r"(?:man|men|boys?|lads?|kids?|girls?|child|children|person|people|gang|group|teachers?|"
          r"adults?|older \w+|bigger \w+|strangers?|neighbours?|partner|husband|wife|boyfriend|"
          r"girlfriend|ex|stepdad|stepmum|brother|sister|uncle|auntie|aunt|cousin|friend|friends|"
          r"family|carer|parent|parents|someone|somebody)")
_EX = r"(?:ex|ex-partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|former partner)"
_EX_OR_PARTNER = rf"(?:{_EX}|partner|husband|wife|boyfriend|girlfriend|fiance|fiancee)"
# Done to someone, in the passive: "I get hit", "she was kicked", "being beaten".
_DONE_TO = (r"(?:hit|beat|beaten|kicked|punched|slapped|smacked|battered|strangled|choked|throttled|"
            # "pushed to go to the GP" is encouragement; "pushed to the floor" is not.
            r"pushed(?! to (?!(?:the |a )?(?:floor|ground|walls?|doors?|stairs)\b))|"
            r"shoved|stabbed|burnt|burned|bitten|whacked|thumped|attacked|assaulted|"
            r"headbutted|shaken|dragged)")
# Sport and games, where being hit, kicked or beaten is part of playing.
_SPORT = (r"(?:football|footy|rugby|netball|hockey|cricket|basketball|dodgeball|boxing|karate|judo|"
          r"taekwondo|kickboxing|training|practice|pe|match|game|games|chess|cards|monopoly|uno|"
          r"fifa|quiz|race|sports day)")
_ADVERB = r"(?:(?:always|often|sometimes|still|really|badly|just|also|constantly|regularly|even) )?"
_ANGER = (r"(?:angry|anger|rage|raging|temper|furious|fuming|loses it|lost it|kicks off|kicked off|"
          r"kicking off|drunk|(?:gets?|got|getting|is|was) (?:really |so |very )?(?:cross|mad))")
# Damage to things; "broke down", "break the cycle" and "kick off at school" damage nothing.
_DAMAGE = (r"(?:throw|throws|threw|throwing|smash(?:es|ed|ing)?|break|breaks|broke|breaking|"
           r"punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slam(?:s|med|ming)?|trash(?:es|ed|ing)?|"
           r"wreck(?:s|ed|ing)?)\b(?! (?:down|up with|off|out|the (?:rules?|news|ice|silence|law|"
           r"cycle)|rules|promises?|(?:my|his|her) heart)\b)")

_IDIOMS = re.compile(
    r"life ?savers?|life ?lines?|dying to|died laughing|dying laughing|killed it|killing it|"
    r"(?:is|are|were|was) killing me|(?:joke|laugh|laughing|that|it) killed me|kill (?:for|to have)|"
    r"i'?d kill to|dead (?:proud|chuffed|good|nice|happy)|drop dead|safe and sound|knock ?out|"
    r"hit it off|hit the nail|big hit|(?:was|were) a hit|punch(?:ed|es)? above|"
    r"beats? (?:me|us|him|her) at|beat (?:me|us) to it|cut (?:down|back|through|out|my hours)|"
    rf"cut (?:the|our) (?!{_BODY}\b)|burn(?:t|ed)? ?out|(?:pushed |passed )?(?:from )?pillar to post|"
    r"pushed for time|belt and braces|"
    # Money and illness "hit" families too: "hit with a huge bill", "slapped with a fine".
    r"(?:hit|slapped|whacked|stung) (?:hard |badly )?(?:with|by) (?:a |an |the )?(?:\w+ ){0,2}?"
    r"(?:bills?|fines?|charges?|tax|costs?|cuts?|price|sanctions?|debts?|arrears|news|virus|covid|"
    r"flu|bug)|"
    # A person's own accident: "I burnt my hand on the oven", "I hurt my knee playing football".
    r"\bi (?:\w+ )?(?:hurt|burnt|burned|hit|banged|bumped|twisted|sprained|broke) my (?:hands?|"
    r"fingers?|thumbs?|back|knees?|legs?|arms?|foot|feet|toes?|head|ankles?|wrists?|shoulders?|"
    r"neck) (?:on (?!purpose)|when|while|playing|lifting|falling)|"
    r"end of (?:my|the) (?:rope|tether)|life and death|(?:hurt|hurts) (?:my|his|her) "
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
        # "I get hit at home", "she was kicked", "being beaten"; "hurt" only with get/being, since
        # "I was hurt that nobody rang" is about feelings. Not when the thing that hit was an
        # object ("hit by a ball"), the game itself, or the sentence denies it ("never been hit").
        (VIOLENCE, rf"(?<!never )(?<!not )\b(?:(?:get|gets|getting|got|gotten|been|being|was|were|"
                   rf"am|is|are|be) {_ADVERB}{_DONE_TO}|(?:get|gets|getting|got|gotten|being) "
                   rf"{_ADVERB}hurt|bullied and {_DONE_TO})\b(?! (?:off|out)\b)"
                   # "pushed into joining" is persuasion; "pushed into the wall" is not.
                   r"(?!(?<=pushed) into (?!(?:the |a )?(?:walls?|doors?|floor|ground|table|stairs)\b))"
                   rf"(?! (?:hard |badly )?by (?:a|an|the|this|that|some) (?!{_AGENT}\b))"
                   rf"(?! (?:\S+ ){{0,3}}?(?:at|in|during|playing|doing) (?:the |a )?{_SPORT}\b)"),
        # Children's words for a punishment that hurts: "I get a smack", "he gave us a hiding".
        (VIOLENCE, r"\b(?:get|gets|got|getting|give|gives|gave|giving) (?:me |us |him |her |them )?"
                   r"(?:a |the )?(?:good )?(?:smacks?|slaps?|hiding|beating|kicking|battering|belt|"
                   r"leathering|clip round the ear|back-?hander)\b"),
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
        # Anger at home that turns on things, either way round: "dad gets really angry and throws
        # things", "he throws things at the wall when he is drunk"; and damage that needs force.
        (UNSAFE, rf"\b{_ANGER} (?:\S+ ){{0,6}}?{_DAMAGE}|\b{_DAMAGE} (?:\S+ ){{0,6}}?(?:when|if|because) "
                 rf"(?:he|she|they|dad|mum|my \w+) (?:\w+ ){{0,2}}?{_ANGER}\b|"
                 r"\b(?:throw|throws|threw|throwing) (?:a |the |our |my )?(?:plates?|chairs?|"
                 r"furniture|glass(?:es)?|cups?|mugs?|bottles?)\b|"
                 r"\b(?:punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|smash(?:es|ed|ing)?) (?:a hole in |holes "
                 r"in )?(?:the |our |my |a )?(?:walls?|doors?|windows?|holes?)\b"),
        (ABUSE, r"\babus(?:e|ed|es|er|ers|ing|ive)\b|\bcontrol(?:s|ling|led)? (?:all )?(?:the |my )"
                r"money\b|\b(?:will not|does not|do not|never) let (?:me|her|him|us) (?:see|go|out|"
                r"leave|have|talk|speak)|\bcheck(?:s|ed|ing)? my phone|\bcall(?:s|ed)? me (?:a )?"
                r"(?:worthless|useless|stupid|fat|ugly|names|a slag|slag|thick)|"
                r"\btouch(?:es|ed|ing)? me(?! (?:deeply|so much|a lot|greatly))|"
                r"\bsexual\w*|\bsexually|\brap(?:e|ed|ist)\b|\bmolest\w*|\b(?:a|our|the|my) secret|"
                r"\bmade me do (?:things|stuff|sexual)|\b(?:kill|hurt) (?:himself|herself) if i "
                r"(?:leave|go)|\bcoerc\w*|\bcontrolling\b"),
        # Sexual coercion and touching, in adults' and children's words.
        (ABUSE, r"\b(?:(?:forc(?:e|es|ed|ing)|make|makes|made|making|pressur(?:e|es|ed|ing|ises?|"
                r"ised|ising)|push(?:es|ed|ing)?|trick(?:s|ed)?) (?:me|her|him|us|them|my \w+)|"
                r"(?:was|were|been|being|get|got|feel|felt) (?:forced|made|pressured|pressurised|"
                r"pushed|tricked)) "
                r"(?:\w+ ){0,3}?(?:sex|have sex|into bed|sleep with|do it|(?:watch|look at) porn|"
                r"send (?:him |her |them )?(?:nudes|pictures|photos|pics)|touch (?:him|her|his|it|"
                r"them))\b|\bforc(?:es|ed|ing) (?:himself|herself|themselves) on\b|"
                r"\bsex (?:\S+ ){0,4}?(?:do not want|did not want|said no|say no|without (?:my |her )?"
                r"consent|(?:am|was|were) asleep)|"
                r"\b(?:touch(?:es|ed|ing)?|grop(?:e|es|ed|ing)|feel(?:s|ing)? up|felt up) (?:my|her|his) "
                r"(?:privates?|private (?:parts|bits)|bum|bottom|boobs|breasts|chest|willy|fanny|"
                r"vagina|penis|body)\b|\bprivate (?:parts|bits|places)\b|"
                r"\b(?:shows?|showed|showing|sends?|sent) (?:me |us |her |him )?(?:porn\w*|rude "
                r"(?:pictures|photos|videos|things))"),
        # Stalking, harassment and control by an ex or a partner. Watching, following and turning
        # up need an ex: a partner who "turned up to the group" or "watches the kids" is no risk.
        (ABUSE, r"\bstalk(?:s|ed|ing|er|ers)?\b|\bharass(?:es|ed|ing|ment)?\b|"
                r"\b(?:threatening|abusive|nasty|scary) (?:messages|texts|calls|voicemails|emails)\b|"
                r"\b(?:restraining|non-molestation|non molestation) orders?\b|"
                rf"\b{_EX_OR_PARTNER} (?:\S+ ){{0,5}}?(?:tracks?|tracked|tracking|monitors?|monitored|"
                r"monitoring|spies|spied|spying|controls (?:everything|me|what|where|who)|"
                r"(?:will not|would not|does not) leave (?:me|us|her|him) alone|"
                r"keeps? (?:calling|ringing|texting|messaging|phoning|contacting) (?:me|us|her))\b|"
                rf"\b(?:my|her|his|mum|dad|our) {_EX} (?:\S+ ){{0,5}}?(?:follows?|followed|following|"
                r"watch(?:es|ed|ing)? (?:me|us|her|the house|our house)|(?:turns?|turned|turning|shows?|"
                r"showed|showing) up|keeps? (?:calling|ringing|texting|messaging|phoning|contacting|"
                r"coming round)|(?:will not|would not|does not) (?:stop|leave)|bombard\w*|"
                r"threaten\w*)\b|\btracker on (?:my|her|his|our) (?:phone|car)\b"),
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
                    r"|\b(?:started|been|keep|kept|still) cutting\b|\bscratch\w* (?:\S+ ){0,6}(?:bleed|"
                    r"blood)|\btook (?:too many|loads of|a load of|all (?:my|the)) (?:tablets|pills)|"
                    r"\brazor blades?\b|\b(?:with|using) (?:a |the )?(?:blade|compass|sharpener)\b"),
        # Self-harm on the body: "I cut the skin on my arm", "she has cuts on her wrists".
        # Not when it was a kitchen or garden accident or an operation.
        (SELF_HARM, r"\b(?:cut|cuts|cutting|slic(?:e|es|ed|ing)|slit|slits|slitting|carv(?:e|es|ed|ing)|"
                    r"scratch(?:es|ed|ing)?|burn(?:s|t|ed|ing)?|scars?|scarred) (?:\S+ ){0,4}?"
                    rf"(?:my|his|her|their|your|the|own) {_BODY}\b(?! (?:\S+ ){{0,3}}?(?:on|with|from|"
                    r"in|after) (?:a|an|the|her|his|my) (?:oven|iron|kettle|hob|stove|cooker|grill|"
                    r"fence|bike|operation|surgery|accident|fall|c-section|caesarean)\b)"),
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
        # Nobody feeding or caring for a child: "nobody feeds us", "forgets to feed us", "there
        # is never any food". Not "fed up", "fed back", pets, breast- or bottle-feeding, or food
        # at a group.
        (NEGLECT, r"\b(?:nobody|no one|no-one|noone|never|not|hardly ever|rarely) "
                  r"(?:(?!breast|bottle)\w+ ){0,2}?(?:feeds?|fed|feeding)\b(?! (?:up|back)\b)"
                  r"(?! (?:the |our |my )?(?:dogs?|cats?|fish|rabbits?|hamsters?|pets?|birds|ducks|"
                  r"meter)\b)|"
                  r"\b(?:forgets?|forgot|forgotten|forgetting) (?:to )?(?:feed(?:ing)? (?:me|us|them|him|"
                  r"her|the (?:kids|children|baby|boys|girls)|my \w+)|pick(?:ing)? (?:me|us|them|him|"
                  r"her) up|collect(?:ing)? (?:me|us|them|him|her))|"
                  r"\b(?:never|not|hardly|hardly ever|rarely|no) (?:\w+ ){0,2}?(?:any|enough) (?:food|"
                  r"dinner|breakfast|meals?|to eat)\b(?! (?:parcels?|banks?|vouchers?)\b)"
                  r"(?! (?:\S+ ){0,3}?(?:at|in|on) (?:the |a )?(?:group|party|session|event|club|trip|"
                  r"centre|course|picnic|meeting|school|cafe)\b)|"
                  r"\b(?:go|goes|went|going|sent) to (?:bed|school) (?:hungry|starving|without "
                  r"(?:tea|dinner|food|breakfast|eating|any))|"
                  r"\b(?:nobody|no one|no-one|noone) (?:\w+ )?(?:looks? after|cares? for|takes? care "
                  r"of|washes|bathes|baths|gets (?:me|us) up|takes (?:me|us) to school) (?:me|us|them|"
                  r"him|her|the (?:kids|children|baby)|my \w+)|"
                  r"\bfend for (?:myself|ourselves|themselves|himself|herself)\b|"
                  r"\b(?:always|often|usually|every night) drinking\b"),
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
