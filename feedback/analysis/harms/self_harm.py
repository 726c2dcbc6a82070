"""Suicidal thoughts and self-harm, direct and indirect (hopelessness, being a burden, means, plans,
goodbyes), in parents', teenagers' and children's words."""

from feedback.analysis.harms.names import SELF_HARM, SUICIDAL
from feedback.analysis.harms.words import BODY, SELF

RULES: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        r"\bbetter dead\b|\bbe better off dead\b",
        r"\bpoint (?:of|in) me\b|\b(?:i'?m|i am|im) (?:so |just )?done with (?:everything|life|it all|"
        r"living)|"
        r"\b(?:easier|better) (?:for (?:everyone|everybody|them) )?if i (?:\w+ )?(?:was not|wasnt|wasn't|"
        r"were "
        r"not|weren't) (?:here|around|alive)|\bif i (?:just )?(?:was not|wasnt|wasn't|were not|"
        r"weren't) here\b",
        r"\bways to (?:die|kill myself|end it)|\b(?:research\w*|googl\w*|look\w* up|search\w*) (?:\w+ ){0,3}?"
        r"(?:ways to die|how to die|suicide|overdose|how many)|\b(?:wrote|written|writing) (?:a|my) will\b|"
        r"\b(?:tired|sick) of (?:being alive|living|life|existing)",
        r"\b(?:walk|walking|walked|step|stepping|drive|driving) (?:\w+ )?(?:into|in front of|off) (?:the |"
        r"a )?"
        r"(?:sea|river|canal|traffic|road|train|bus|lorry|cliff|bridge)|\b(?:i'?ll|i will|i'?m|"
        r"will) (?:not )?"
        r"(?:be )?(?:around|here) (?:for|by|at|much|long) ?(?:christmas|my birthday|next|longer|long)?|"
        r"\b(?:note|letter|message|text) (?:\w+ ){0,4}?(?:sorry for everything|goodbye|forgive me)|"
        r"\bno way out\b|\b(?:can not|can't|cant|do not|don't|dont) see (?:a|any) (?:future|way out)|"
        r"\bno future (?:for me|left)|\b(?:not|isnt|isn't|is not) worth (?:living|it any ?more|being alive)|"
        r"\btake (?:all|a whole|the whole) (?:\w+ )?(?:pills|tablets|packet|box|bottle)|\bif i (?:did not|"
        r"didn't|never|do not|don't) wake up|\bif i (?:died|was dead|were dead|was gone)",
        r"\bbetter off (?:\w+ ){0,2}?(?:if i (?:was|were|wasnt|wasn't|was not|were not|am not|'m not) "
        r"(?:here|around|gone|dead|alive)|without me)|\bhow many (?:tablets|pills|paracetamol) "
        r"(?:\w+ ){0,3}?(?:take|kill)|\bhow to (?:kill myself|end (?:it|my life)|hang|overdose)|"
        r"\bdisappear (?:and never|for good|and not come back)|\bplanned (?:how|when|where) (?:i|i'd|to)|"
        r"\b(?:got|have|made|making) a plan (?:to|for) (?:end|die|kill|do it)|\b(?:go|be) (?:to|in) "
        r"heaven (?:\w+ ){0,3}?(?:leave|and leave|soon|with (?:nan|grandad|dad|mum))|\bwants? to "
        r"(?:go to|be in) heaven|\bwish (?:i|he|she)(?: was| were| had|'d| could)(?: \w+)? (?:dead|die|"
        r"never been born|not born|not wake up|disappear)|\bnever (?:been|be) born\b",
        r"\b(?:want|wants|wanted|wanna|wana|wanting|want to|wish i could|would rather) (?:\w+ )?"
        r"(?:to )?(?:die|be dead|d1e|disappear (?:for ?ever|for good)|not exist|not be alive|not be "
        r"here|sleep for ?ever|go to sleep and not wake|not wake up|end it)\b|"
        r"\b(?:not|no longer|never) (?:\w+ )?want to (?:be alive|live|be here|wake up|exist|go on|"
        r"carry on|be around)|\bwish (?:i|he|she) (?:was|were|had|'?d|could) (?:\w+ )?(?:dead|die|"
        r"never been born|not born|not wake up|disappear)|\b(?:go to sleep|sleep) and (?:never|not) "
        r"wake up|\bkill(?:ing|ed)? (?:myself|my self|meself|himself|herself|themselves)|"
        r"\b(?:kms|kys|unalive\w*|un-alive\w*|sewerslide|su1c1de|suicid\w*|sucide\w*|suiside\w*|"
        r"ctb|catch the bus)\b|\bend(?:ing|ed)? (?:it all|my life|his life|her life|it|things|"
        r"everything)\b|\boverdos\w*|\bbetter off (?:dead|without me|without him|without her|if i "
        r"(?:was|were) gone)|\b(?:a|such a|just a) burden\b|\bburden (?:to|on) (?:everyone|you|"
        r"them|my|the)|\b(?:no|not see the|not see any|what is the|what's the|whats the) (?:point|"
        r"reason) (?:in |of |to )?(?:living|life|going on|being here|carrying on|anything|it all|"
        r"trying|any ?more)|\bgiv(?:e|ing) up on (?:life|everything)|\btake my (?:own )?life|"
        r"\bnot (?:be|being) (?:here|around) (?:any ?more|much longer|for long)|\bdisappear for ?ever|"
        r"\b(?:can not|can't|cant|could not) (?:take|do|cope with|handle) (?:it|this|life) "
        r"(?:any ?more|no more)|\b(?:can not|could not) go on\b"
        r"(?! (?:the|a|an|our|my|holiday|\w+ (?:trip|holiday)))|\bhopeless\b|"
        r"\bjust want (?:the pain|it|everything|it all|this) to (?:stop|end|be over)|"
        r"\bwant (?:the pain|it all|everything) to (?:stop|end)|"
        r"\bnot (?:coming|come|going|go) home (?:\w+ ){0,3}?(?:ever|again|for good)|"
        r"\bthink(?:s|ing)? about (?:just )?not (?:coming|going) home|"
        r"\b(?:bridge|railway|train tracks?|rope|noose|tall building|multi-?storey|cliff|motorway)\b"
        r"(?:\s\S+){0,8}?\s(?:think|thinking|thought|jump|jumping|end|sit|sat|stand|stood|"
        r"wonder|tempt\w*)|\bjump(?:ing)? (?:off|in front of|from)\b|\bhang(?:ing)? (?:myself|"
        r"himself|herself)|"
        r"\b(?:written|wrote|write|writing|left) (?:\w+ )?(?:letters?|notes?) (?:to|for) (?:\w+ ){0,3}?"
        r"(?:children|kids|everyone|family|mum|dad|my|each)|\bjust in case\b(?:\s\S+){0,8}?\s"
        r"(?:who gets|my things|my stuff|sorted)|\bwho gets (?:what|my)|"
        r"\bgoodbye (?:letters?|notes?|messages?)|"
        r"\b(?:gave|give|giving|given|gives) (?:away )?(?:\w+ ){0,4}?(?:to \w+ )?(?:\w+ )?(?:cos|"
        r"because|as|since|coz|bc) (?:i|i'?ll|i will|i'm) (?:\w+ )?(?:not|never) (?:need|be needing|"
        r"want|be using|be here)|\bgiv(?:e|ing|en) (?:away )?(?:all )?(?:my|his|her) (?:things|"
        r"stuff|stuff away|things away|belongings|games|clothes) away|\b(?:will not|won't|wont|"
        r"not going to|not gonna) need (?:them|it|these|this|my \w+) (?:after|any ?more|where)|"
        r"\b(?:pills|tablets|paracetamol|meds) (?:\w+ ){0,2}?(?:saved|stored|hidden|stockpil\w*|"
        r"hoard\w*)|\b(?:sav\w+|stockpil\w*|hoard\w*|collect\w*) (?:up )?(?:my |the |her |his )?"
        r"(?:pills|tablets|paracetamol|meds)",
    ),
    SELF_HARM: (
        r"\b(?:too many|loads of|all) (?:of )?(?:her |his |my |the )?(?:pills|tablets|meds|paracetamol) "
        r"(?:\w+ ){0,2}?(?:on purpose|to hurt|to die|deliberately)",
        r"\b(?:punch|hit|bang|headbutt)\w* (?:the |his |her |my )?(?:walls?|doors?|floor) (?:\S+ ){0,8}?"
        r"(?:bleed|bled|broke|break|bruis\w*|hurt (?:himself|herself|myself))",
        r"\blong sleeves (?:\w+ ){0,4}?(?:hide|cover)|\bhid(?:e|es|ing) (?:the |her |his |my )?(?:marks|"
        r"cuts|scars)|\b(?:use|uses|used|using) (?:a |the |her |his |my )?(?:\w+ )?(?:compass|sharpener|"
        r"blades?|razors?)|\b(?:punch|hit|bang)\w* (?:\w+ ){0,2}?(?:walls?|doors?) (?:\w+ ){0,3}?(?:bleed|"
        r"bled|broke|bruis\w*)|\bdig\w* (?:my|her|his) nails into",
        r"\bself[- ]?harm\w*|\bselfharm\w*|\bself[- ]?injur\w*|\b(?:cut|cuts|cutting|hurt|hurts|"
        r"hurting|burn|burns|burning|burnt|harm|harms|harming|punch|punching|hit|hitting|scratch|"
        r"scratches|scratching|scratched|pinch|pinching|bite|biting|bit|starv\w*|bruise|bruising) "
        + SELF + r"|\b(?:started|been|keep|kept|still|back to|caught (?:her|him)) cutting\b|"
        r"\bscratch\w* (?:\S+ ){0,6}(?:bleed|blood|raw)|\b(?:till|until) (?:it|they) bleeds?\b|"
        r"\btook (?:too many|loads of|a load of|all (?:my|the)) (?:tablets|pills)|"
        r"\brazor ?blades?\b|\b(?:with|using|hides?|hid|hidden|hiding|found|keeps?|kept) (?:a |the |her "
        r"|his |my |some )?(?:compass|sharpener|lighter|blades?|razors?)\b|\brazors? (?:\w+ ){0,4}?"
        r"(?:hid|hidden|hiding|in (?:her|his|my) (?:room|bag|drawer|pencil case))|"
        r"\b(?:sh|s/h)\b(?= (?:free|clean|again|relapse\w*|urges?|scars?)|"
        r"(?:[,.]| and| but) (?:i )?relapse)|\b(?:cutting|sh|self harm) (?:\w+ )?(?:clean|free) for\b|"
        r"\bfresh (?:cuts|scars|wounds)|\b(?:hurt|burn|cut|hit|scratch|starv|sick|bang)\w* "
        rf"(?:(?:my|his|her|their|your|own) (?:own )?(?:{BODY}|head|hands?|fingers?|face|self) |{SELF} )"
        r"(?:\w+ ){0,2}?on purpose|\b(?:make|makes|made|making) (?:myself|herself|himself) "
        r"(?:sick|throw up|vomit|puke|bleed)|\b(?:stopped|stop|not|never|refus\w+) eating (?:\w+ )?"
        r"(?:on purpose|so (?:i|she|he)|to (?:feel|punish|lose))|\bpurg(?:e|es|ed|ing)\b|"
        r"\b(?:anorexi\w*|bulimi\w*|eating disorder)",
        # Self-harm on the body: "I cut the skin on my arm", "she has cuts on her wrists".
        # Not when it was a kitchen or garden accident or an operation.
        r"\b(?:cut|cuts|cutting|slic(?:e|es|ed|ing)|slit|slits|slitting|carv(?:e|es|ed|ing)|"
        r"scratch(?:es|ed|ing)?|burn(?:s|t|ed|ing)?|scars?|scarred|marks) (?:\S+ ){0,4}?"
        rf"(?:my|his|her|their|your|the|own) {BODY}\b(?! (?:\S+ ){{0,3}}?(?:on|with|from|"
        r"in|after) (?:a|an|the|her|his|my) (?:oven|iron|kettle|hob|stove|cooker|grill|"
        r"fence|bike|operation|surgery|accident|fall|c-section|caesarean|bush|bramble|brambles|nettles|"
        r"thorns?|roses?|tree|branch|hedge|cat|dog|kitten|puppy|glass|nail|wire|climbing frame|trampoline|"
        r"slide|swing|playground|park|garden|door|gate|table)\b)|"
        rf"\b{BODY} (?:are |is )?(?:covered in|full of) (?:cuts|scratches|scars|burns|marks)",
    ),
}
