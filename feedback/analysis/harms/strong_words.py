"""Words and short phrases that, in a family's feedback, nearly always point to one kind of harm,
whatever the sentence around them (issue 14): the vocabulary of each harm rather than its sentences,
so a new phrasing that uses the harm's own words still flags. Figurative, topical and denied uses are
blanked before these run, as for every rule."""

from feedback.analysis.harms.names import (
    DOMESTIC_ABUSE,
    EXPLOITATION,
    FGM,
    FORCED_MARRIAGE,
    HOMELESSNESS,
    MISSING,
    MODERN_SLAVERY,
    NEGLECT,
    ONLINE_GROOMING,
    PHYSICAL_ABUSE,
    RADICALISATION,
    SELF_HARM,
    SEXUAL_ABUSE,
    SUBSTANCE_MISUSE,
    SUICIDAL,
    WEAPONS,
)
from feedback.analysis.harms.words import BODY, ONLINE

_ADULT = (r"(?:mum|mummy|mam|dad|daddy|stepdad|step dad|stepmum|nan|grandad|uncle|auntie|aunt|"
          r"he|she|her boyfriend|his girlfriend|my partner)")

RULES: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        r"\b(?:do not|dont) want to do (?:life|this|it) any ?more|\bmade my peace\b|\bsort(?:ed|ing)? "
        r"(?:out )?(?:my affairs|who gets)|\b(?:be|go|join) (?:\w+ ){0,3}?in heaven\b|\bhow much it "
        r"hurts to (?:die|jump|hang|drown)|\b(?:final|last) (?:goodbye|letter|message)\b|\blife (?:is|"
        r"feels) (?:pointless|meaningless|not worth)|\bready to (?:go|die)\b(?! (?:out|home|to|for))|"
        r"\b(?:tired|sick) of (?:being here|waking up|everything)\b",
    ),
    SELF_HARM: (
        rf"\b(?:safety pin|pin|needle|blade|razor|sharpener|compass|glass|scissors|lighter|cigarette)s? "
        rf"(?:\S+ ){{0,4}}?(?:on|into|across|to|in) (?:my|his|her) {BODY}\b|\b(?:burns?|cuts|scratches|"
        r"marks|scars) (?:\S+ ){0,6}?(?:did|does|done|made) (?:it |them )?(?:herself|himself|myself|"
        r"themselves)|\bknuckles? (?:\S+ ){0,6}?(?:split|bleed\w*|bled|raw)|\b(?:exercis\w*|runs?|"
        r"running) (?:\w+ ){0,2}?(?:until|till) (?:he|she|i) (?:faints?|collapses?|pass(?:es)? out)|"
        r"\blaxatives\b|\btrichotillomania\b|\bpunish(?:es|ing)? (?:myself|herself|himself)",
    ),
    DOMESTIC_ABUSE: (
        r"\bspat (?:at|in|on) (?:me|my|her|mum)|\bspits (?:at|in|on) (?:me|my|her|mum)|"
        r"\b(?:sleeps with|hides|hid|takes|took) (?:the |my )?(?:car )?keys\b(?:\s\S+){0,4}?\s(?:can not|"
        r"cannot|so i|leave|go out)|\bnot allowed (?:to )?(?:\w+ ){0,4}?without (?:him|her) (?:there|"
        r"present|knowing|coming)|\b(?:dad|daddy|he|stepdad) (?:\w+ )?(?:shouts|screams|yells|swears) "
        r"at (?:mum|mummy|her) (?:\w+ ){0,2}?(?:till|until|and)|\bbreaks? (?:mum|mummy|her) "
        r"(?:stuff|things|phone)",
    ),
    PHYSICAL_ABUSE: (
        r"\b(?:get|gets|got|getting|give|gives|gave) (?:me |him |her |us )?(?:the |a )?(?:wooden spoon|"
        r"cane|strap|stick)\b|\b(?:loop|cable|strap|belt|hand|bite|burn) marks\b|\bwelts\b|"
        rf"\b{_ADULT} (?:\w+ ){{0,2}}?(?:bit|bites|bite|scalded|scalds) (?:me|him|her|us)\b|"
        r"\bshaken baby\b",
    ),
    SEXUAL_ABUSE: (
        r"\bblow ?jobs?\b|\bgive (?:him|her) (?:a )?(?:bj|head)\b|\bfinger(?:ed|ing)\b|\bgrop\w*|"
        r"(?<!getting )(?<!gets )(?<!get )(?<!got )\bon top of me\b|\b(?:hurts?|sore|bleeding|"
        r"pain) down below\b|\b(?:walks?|walking|wanders?) "
        r"(?:\w+ )?naked\b(?:\s\S+){0,6}?\s(?:makes? me|look|watch)|\b(?:showed|shows|exposed|exposes|"
        r"flashed|flashes) (?:himself|herself)\b",
    ),
    ONLINE_GROOMING: (
        r"\bsugar (?:daddy|daddies|mummy)\b|\b(?:turn|put|switch|have) (?:his|her|my|your|the) camera on\b|"
        rf"\b{ONLINE}\b(?:\s\S+){{0,8}}?\s(?:home address|address|phone number|what school|which school|"
        r"where (?:he|she|i) lives?)\b|\b(?:home address|phone number|what school)\b(?:\s\S+){0,8}?\s"
        rf"{ONLINE}\b|\b{ONLINE}\b(?:\s\S+){{0,6}}?\s(?:showed|shows|exposed|exposes|flashed|flashes) "
        r"(?:himself|herself)",
    ),
    EXPLOITATION: (
        r"\bcars? (?:keep |keeps )?(?:pulling|pull|pulls) up (?:outside|at)|\bruns? out to (?:the |"
        r"their )?cars?\b|\b(?:hotels?|flats?|parties) (?:\S+ ){0,3}?by (?:older )?(?:men|man|guys)|"
        r"\bmen (?:she|he) calls? (?:uncles?|friends)|\brunning (?:parcels|packages|bags|drugs|"
        r"for them|for older)|\bdesigner (?:stuff|gear|clothes|bags?|trainers)\b(?:\s\S+){0,6}?\s(?:will "
        r"not|won'?t|no idea|not say|from nowhere|can not afford)|\bshotting\b|\bplugging\b",
    ),
    MISSING: (
        r"\bgone all night\b|\bkeeps? disappearing\b|\bturns? up (?:at|after) (?:midnight|\d+ ?(?:am|"
        r"o'?clock)|\d+ in the morning)|\breport(?:ed|ing)? (?:him|her|them) to the police\b",
    ),
    NEGLECT: (
        r"\b(?:house|flat|home|kids|children|baby)\b(?:\s\S+){0,4}?\s(?:stinks|stinking|filthy|minging)\b|"
        r"\brubbish (?:piled|everywhere|all over)|\b(?:bad chest|chest infection|cough|rash|infection|"
        r"temperature|fever)\b(?:\s\S+){0,8}?\s(?:will not|won'?t|never|not) (?:take|taken|took) (?:her|"
        r"him|them|me)|\b(?:at|down) the pub\b(?:\s\S+){0,8}?\s(?:look after|on my own|alone|babysit)|"
        r"\b(?:look after|babysit) (?:my|the) (?:\w+ )?(?:brothers|sisters|siblings)\b(?:\s\S+){0,6}?\s"
        r"(?:while|when|every night|at the pub)|\b(?:do not|don't) have beds\b|\bsleep on (?:coats|the "
        r"floor|towels)",
    ),
    SUBSTANCE_MISUSE: (
        r"\bnod(?:s|ding)? off\b(?:\s\S+){0,6}?\s(?:cigarette|baby|needle|gear|while|with)|\bgouch\w*|"
        r"\bon the (?:sniff|gear|rock|pipe|brown|white|charlie|ket)\b|\bwhite powder\b|"
        rf"\b{_ADULT} (?:\w+ ){{0,2}}?inject(?:s|ing|ed)?\b(?! (?:\w+ ){{0,2}}?(?:insulin|injection|vaccine|"
        r"flu|"
        r"jab|her insulin|his insulin))|\binjecting (?:drugs|heroin|gear|in the)\b|"
        r"\bshooting up\b(?! (?:the|a|my) (?:school|place))",
    ),
    HOMELESSNESS: (
        r"\bmade homeless\b|\bstairwells?\b|\bnot (?:a )?priority\b(?:\s\S+){0,8}?\s(?:car|sofa|"
        r"floor|nowhere|housing)|\bin the car (?:most|every|all) nights?\b|\bmov(?:e|ed|"
        r"ing) (?:house )?(?:\d+|five|six|seven|"
        r"eight|loads of|so many) times\b",
    ),
    FORCED_MARRIAGE: (
        r"\bmarry(?:ing)? (?:her|me|him) off\b|\bmarry within the family\b|\bfuture (?:husband|wife)\b"
        r"(?:\s\S+){0,6}?\s(?:said no|do not want|don't want|never met|scared)|\btaken out of school\b"
        r"(?:\s\S+){0,6}?\s(?:marr\w*|wedding|husband)",
    ),
    FGM: (
        r"\bheld (?:me|her) down\b(?:\s\S+){0,6}?\s(?:cut|cutting)|\b(?:does|do|did|doing) the cutting\b|"
        r"\bcircumcise (?:my|her|our|the) (?:\w+ )?(?:daughters?|girls?|sisters?|nieces?)\b|\bcutters?\b",
    ),
    RADICALISATION: (
        r"\bfight back against\b|\bwar (?:against|on) (?:the )?(?:government|state|system|west|them|"
        r"non-?believers)|\b(?:die|dying|kill) for (?:the|our) cause\b|\b(?:shooter|bomber|attacker)"
        r"\b(?:\s\S+){0,4}?\s(?:wallpaper|poster|picture|hero|idol)|\b(?:picture|poster|photo) of (?:the "
        r"|a )?(?:\w+ )?(?:shooter|bomber|attacker)",
    ),
    MODERN_SLAVERY: (
        r"\btake (?:all )?(?:the|our|my) (?:money|wages|pay) (?:we|i) (?:earn|make|get)|\b(?:sold (?:me|"
        r"her|him|us)\b(?! (?:a|an|the|some|our|my|own|car|house|flat|phone|bike|ring|gold|jewellery|"
        r"clothes|stuff|things|\d+)\b)|was sold|were sold)\b|\b(?:can not|"
        r"cannot) leave until\b|\bpa(?:y|id) (?:for|off) "
        r"(?:our|my|the) (?:journey|travel|passage)|\bcaravan (?:\w+ )?(?:they )?lock",
    ),
    WEAPONS: (
        r"\btook (?:a |an |the )?(?:hammer|knife|bat|brick|bottle|screwdriver|axe|stick) to (?:his|her|"
        r"their|my|someone|somebody|a)\b|\b(?:pepper spray|cs spray|kubotan|stun gun|zombie knife|flick "
        r"knife|butterfly knife|lock knife)s?\b|\bto hurt them\b(?:\s\S+){0,3}?\s(?:and )?(?:smiles|"
        r"laughs|grins)|\b(?:blow|blowing) up (?:the|a|his|her|my) (?:school|college|house|car|class)",
    ),
}
