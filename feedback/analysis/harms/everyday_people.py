"""More everyday signs of harm done by and to people: an end pictured, skin rubbed raw, control by
money and threats, injuries nobody explains, hands under clothes, men asking if parents are home,
unexplained money, empty beds, attacks called justified, threats with whatever is to hand (issue 14).
Written, like everyday.py, as families of phrasings for one sign."""

from feedback.analysis.harms.names import (
    DOMESTIC_ABUSE,
    EXPLOITATION,
    MISSING,
    ONLINE_GROOMING,
    PHYSICAL_ABUSE,
    RADICALISATION,
    SELF_HARM,
    SEXUAL_ABUSE,
    SUICIDAL,
    WEAPONS,
)
from feedback.analysis.harms.words import BODY, EX_OR_PARTNER, GROUP, ONLINE

_CLOTHES = r"(?:skirt|dress|top|shirt|shorts|trousers|knickers|pants|pyjamas|nightie|underwear|bra|jumper)"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|the weekend)"

RULES: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        r"\b(?:easier|better) (?:\w+ ){0,3}?(?:to )?(?:disappear|vanish|not be here|be gone)\b|\bin "
        r"every(?:one|body)'?s? way\b|\b(?:will not|won'?t|wont|not going to|not gonna) be alive\b|"
        r"\b(?:pictur\w*|imagin\w*|plann\w*|think\w* about|thought about|dream\w* about) (?:\w+ )?"
        r"(?:my|own) (?:funeral|death|grave)|\b(?:would|i'?d|id) rather (?:\w+ )?(?:be dead|die|not be "
        r"here|not exist|not wake up)|\b(?:hurt|harm|kill) (?:myself|herself|himself) (?:permanently|for "
        r"good|properly)|\bways to (?:hurt|harm|end) (?:myself|herself|himself|it|my life|things)",
    ),
    SELF_HARM: (
        r"\b(?:rub|rubs|rubbing|rubbed|scrub\w*|scratch\w*|pick\w*) (?:\w+ ){0,2}?(?:skin|arms?|legs?|"
        r"hands?|face) (?:raw|till it bleeds|until it bleeds|bleeding)|\b(?:my|his|her) (?:own )?"
        rf"(?:{BODY}|hands?|fingers?|head|face) (?:\S+ ){{0,4}}?on purpose|\b(?:will not|won'?t|wont|"
        r"refuses? to|does not|doesn'?t) (?:\w+ )?(?:wear|get changed|change|go swimming|do pe|take (?:her|"
        r"his|my) (?:top|jumper|hoodie) off)(?:\s\S+){0,6}?\s(?:marks|scars|cuts|arms|wrists|legs)\b",
    ),
    DOMESTIC_ABUSE: (
        r"\bevery (?:penny|pound|thing|item) (?:i|she) (?:spend|spends|buy|buys)|\b(?:takes?|took|taken) "
        rf"(?:my|her) (?:bank )?cards? (?:away|off)|\b{EX_OR_PARTNER} (?:\S+ ){{0,3}}?(?:threw|throws|"
        r"chucked|hit|hits|punched|kicked|slapped|pushed|shoved|grabbed|bit|spat|locked|choked|"
        r"strangled|dragged|pinned|beat|beats|smashed|broke)\b|\b(?:scared|frightened|terrified|afraid|"
        r"dread\w*|panic\w*) (?:\S+ ){0,6}?when (?:he|his car|my partner|my husband|my boyfriend) (?:is "
        r"|gets |comes |'?s )?(?:home|in|back|outside|drinking)|\b(?:kill|hurt) (?:herself|himself|"
        r"themselves) if (?:i|you) (?:leave|go|end it|break up|tell)|\b(?:kids|children|baby) (?:will|"
        r"would|'?ll) be taken (?:\w+ )?(?:if|off|away)|\b(?:says?|said|threaten\w*)\b(?:\s\S+){0,8}?\s"
        r"(?:if (?:i|you) (?:tell|told|ever tell|say anything)|social services will take)|"
        rf"\b(?:he|she|{EX_OR_PARTNER}) (?:\w+ )?(?:locks?|locked) me (?:out|in)\b",
    ),
    PHYSICAL_ABUSE: (
        r"\b(?:held|holds|hold|put|puts|pushed|pushes|forced|forces|shoved) (?:my|his|her) (?:head|face) "
        r"(?:under|in|into|down|against)\b|\bnot allowed (?:to )?(?:eat|sit|have (?:dinner|tea)|join) "
        r"(?:with|at) (?:the )?(?:family|us|them|table)|\b(?:made|make|makes|has|have) to (?:sit|eat|"
        r"sleep|stand) (?:on the stairs|in the hall|outside|in (?:my|the) room alone|on the floor)|"
        r"\bflinch\w* (?:\w+ ){0,2}?(?:when|whenever|if) (?:\w+ ){0,2}?(?:dad|mum|he|she|someone|"
        r"anyone|an adult|adults|raises|moves|shouts|touches|comes)|\bcower\w*|"
        r"\b(?:broken|fractur\w*|burns?|bruis\w*|injur\w*|marks|cuts?) (?:\S+ ){0,8}?(?:nobody|no one|"
        r"no-one|can not|cannot|could not|will not|won'?t|does not|doesn'?t) (?:\w+ )?(?:say|explain|tell|"
        r"knows?|remember) (?:\w+ )?(?:how|what|where|why)|\b(?:baby|newborn|infant)\b(?:\s\S+){0,6}?\s"
        r"(?:broken|fractur\w*|bruis\w*|burns?)\b",
    ),
    SEXUAL_ABUSE: (
        rf"\b(?:hand|hands|fingers?) (?:up|down|inside|in|under) (?:my|her|his) {_CLOTHES}\b|\b(?:tries|"
        r"trying|tried|keeps trying) to (?:kiss|touch|feel|cuddle) (?:me|her|him)\b|\b(?:saying|says?|"
        r"said|told|tells|asked|asks)\b(?:\s\S+){0,6}?\s(?:not to|to not|do not|dont|never) tell (?:anyone|"
        r"anybody|mum|mummy|my mum|dad|daddy|your mum|your parents|my parents|no one|nobody)|"
        r"\b(?:hurts?|touch\w*|poke\w*|rub\w*) (?:my|her|his) (?:bottom|bum|front|privates|willy|fanny|"
        r"private parts|wee wee|minnie|mini|tuppence|foof)\b|\b(?:pays?|paid) (?:me|her|him) (?:\w+ ){0,5}?"
        r"(?:photos|pictures|pics|videos)|\b(?:take|takes|took|taking) (?:photos|pictures|pics|videos) of "
        r"(?:me|her|him) (?:\S+ ){0,4}?(?:naked|in the bath|undress\w*|in my underwear|asleep|secret)",
    ),
    ONLINE_GROOMING: (
        r"\b(?:man|men|guy|adult|grown ?up|someone|somebody|person|stranger|older \w+) (?:\w+ ){0,2}?(?:on|"
        rf"from|in|via) (?:the |a |an )?{ONLINE}\b(?:\s\S+){{0,4}}?\s(?:keeps|telling|messag\w*|calls|"
        r"calling|sends?)\b|\b(?:take|took|taking) (?:my|her|his|your) (?:top|clothes|shirt|t-shirt|bra|"
        r"trousers|pants|knickers) off\b(?:\s\S+){0,6}?\s(?:video|camera|cam|facetime|call|online|snap|"
        r"live)|\b(?:online|video|camera|cam|facetime|call|snap)\b(?:\s\S+){0,8}?\s(?:take|took|taking) "
        r"(?:my|her|his) (?:top|clothes|shirt|bra|trousers|pants|knickers) off|\b(?:asks?|asked|asking) "
        r"(?:\w+ )?(?:if|whether) (?:\w+ ){0,2}?(?:parents|mum|dad|mam) (?:are|is|were|was) (?:home|in|"
        r"out|around|there|away)|\b(?:teacher|coach|tutor|leader|instructor|priest|imam|youth worker)s? "
        r"(?:\S+ ){0,4}?(?:messag\w*|texts?|snaps?|dms?|sends? me)\b",
    ),
    EXPLOITATION: (
        r"\b(?:working'?|doing jobs|running errands|doing favours|doing bits) for (?:some|these|the|older) "
        r"(?:lads|boys|men|guys|people|man)\b|\bpaid in (?:weed|drugs|cash|trainers|vapes|drink)|"
        r"\b(?:lost|lose|got robbed of|dropped) (?:their|the|his|her) (?:stuff|package|gear|drugs|bag|"
        r"money|phone)\b(?:\s\S+){0,8}?\s(?:pay (?:it |them )?back|owe|debt|work it off)|\b(?:cash|money|"
        r"new phone|new trainers|new clothes|gifts|presents)\b(?:\s\S+){0,8}?\s(?:says?|said|claims?) "
        r"(?:a |his |her |some )?(?:friend|mate|someone|somebody|a lad|a man) (?:gave|bought|lent|got)",
    ),
    MISSING: (
        rf"\b(?:gone|missing|not (?:been )?(?:home|seen|back)|away) since {_DAYS}|\bpolice (?:\w+ )?"
        r"(?:find|finds|bring|brings|bringing|pick up|picking up|returned|return|searched|searching) "
        r"(?:him|her|them|my|our)|\b(?:back|home|out|brought|bringing|brings|came|comes|coming|till|until) "
        r"(?:\w+ )?in the early hours|\b(?:do not|dont) (?:come )?(?:look|looking|"
        r"search|come) (?:for|after) me|\b(?:left|leaves) a note (?:\w+ ){0,3}?(?:saying|that)",
    ),
    RADICALISATION: (
        r"\b(?:attack|attacker|attackers|shooting|shooter|bombing|bomber|terrorist|killings?|massacre)\b"
        r"(?:\s\S+){0,6}?\s(?:was|were|is) (?:\w+ )?(?:justified|right|deserved|brave|heroic|needed|"
        rf"necessary)|\b(?:kill\w*|attack\w*|bomb\w*|shoot\w*|wipe out|wiping out|gas\w*) (?:all )?"
        rf"(?:the )?{GROUP}\b",
    ),
    WEAPONS: (
        # "aimed at me" alone is what a session was meant for; aiming needs something aimed
        r"\b(?:(?:points?|pointed|pointing|fires?|fired|firing) (?:it |them |a \w+ |the \w+ "
        r"|his \w+ |her \w+ )?|(?:aims?|aimed|aiming) (?:it |them |(?:a|an|the|his|her|my) (?:\w+ ){1,2}))"
        r"at (?:people|someone|kids|children|cars|strangers|me|us|him|her|them|the "
        r"(?:neighbours|windows|buses))\b|\bthreaten\w* (?:\w+ ){0,3}?with (?:a |an |the |some |his |her )?"
        r"(?:\w+ )?(?:knife|knives|scissors|blade|bat|hammer|screwdriver|bottle|glass|stick|brick|weapon|"
        r"gun|lighter|compass|chair)\b|\blist of (?:everyone|people|all the people|names|kids|those)\b"
        r"(?:\s\S+){0,4}?\s(?:wronged|bullied|hurt|crossed|dissed|disrespected|upset|annoyed|hates?|"
        r"hated|to get)\b",
    ),
}
