"""Signs of each harm that a keyworker is trained to notice, in the words families use (issue 14, round 3):
what a child comes back with or cannot explain, what a child is kept from, who a child is afraid of,
and what is done "to" a girl without its name. Written from the kinds of sign in the NSPCC's and the
Home Office's guidance (county lines, FGM, debt bondage, neglect), each as a concept with its word
forms, not as a sentence. Like strong_words and indirect, these join their category's gate by
construction."""

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
from feedback.analysis.harms.words import GROUP, ONLINE

_GIRL = (r"(?:daughter|daughters|girl|girls|little girl|niece|nieces|granddaughter|sister|sisters|baby girl|"
         r"cousin|her|me)")
_MUM = r"(?:mum|mummy|mam|mammy|mom|mommy|mother|my mum|my mam|my mom|nan|nanny)"
_COUNT = r"(?:\d+|a couple of|a few|two|three|four|five|six|several|48|24|72)"
_SIBLING = r"(?:(?:little|younger|baby|small|lil) (?:brother|sister|bro|sis|sibling|one)s?)"

RULES: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        # Means named: stepping in front of traffic, with or without the word "die".
        r"\b(?:run|running|ran|step|stepping|stepped|walk|walking|jump|jumping|throw\w* (?:my|him|her)self) "
        r"(?:out )?in front of (?:a |the |an )?(?:car|cars|bus|train|lorry|lorries|traffic|van)\b|"
        # Giving things away because they will not be needed.
        r"\b(?:giv\w*|gave|given) (?:\S+ ){0,6}?away\b[^.;!?]{0,60}?\b(?:will not|wont|won't|not gonna|"
        r"not going to|do not|dont|wo not) (?:be )?need(?:ing)? (?:them|it|any of it|anything|those)\b|"
        r"\b(?:picked|chosen|chose|set|got) a date\b[.,;!]? (?:\S+ ){0,2}?(?:not telling|will not tell|"
        r"wont tell|no ?one knows|nobody knows|its a secret|secret)",
    ),
    SELF_HARM: (
        r"\bcut (?:\w+ )?(?:too )?deep(?:er)?\b(?! (?:into|in to) (?:the|our|my) (?:budget|savings|time))|"
        r"\b(?:hide|hid|hiding|keep|keeps|kept|have|got) (?:a |the |my |some )?(?:sharp (?:thing|things|bit|"
        r"bits|one)|blades?|razor blades?|razors?|sharpener blades?)\b(?:\s\S+){0,6}?\s(?:for when|when|in "
        r"case|for if) (?:i|he|she) (?:feel|feels|get|gets|am|is)\b|"
        r"\b(?:wear|wears|wearing|wore) long sleeves (?:\S+ ){0,3}?(?:all the time|"
        r"every day|even (?:in|when)|"
        r"for a reason|so (?:no ?one|nobody|people|mum|dad)|to hide|to cover)",
    ),
    DOMESTIC_ABUSE: (
        rf"\b(?:heard|hear|hears|hearing|could hear) (?:\S+ ){{0,2}}?{_MUM} (?:\S+ ){{0,1}}?(?:screaming|"
        r"scream|screamed|crying out|begging|yelling for help|shouting for help)\b|"
        rf"\b(?:throws|threw|throwing|chucks|chucked|chucking|lobs|"
        rf"lobbed) (?:\S+ ){{0,2}}?at (?:{_MUM}|my wife|"
        r"my partner|me when he|his wife|his partner|his girlfriend)\b|"
        r"\b(?:tracks|tracked|tracking|track|follows|followed|following) (?:\S+ ){0,1}?(?:mum|mummy|mam|mom|"
        r"me|my wife|my partner|her) (?:on|with|using|through) (?:find my|life ?360|snap ?map|the app|"
        r"(?:my|her|his) (?:phone|location|car))|"
        r"\b(?:find my (?:iphone|phone|friends)|life ?360|snap ?map|location sharing|tracker)\b[^.;!?]{0,60}?"
        r"\b(?:goes mad|kicks off|gets angry|goes mental|loses it|accuses|interrogates|questions)",
    ),
    PHYSICAL_ABUSE: (
        # An injury whose explanation keeps changing.
        r"\b(?:burns?|burnt|bruis\w*|marks?|cuts?|injur\w*|broken \w+|black eye|fractur\w*|swollen)\b"
        r"[^.;!?]{0,80}?\b(?:story|stories|explanation|excuse|account)s?\b[^.;!?]{0,40}?\b(?:keeps? changing|"
        r"kept changing|changes|does not add up|doesnt add up|different every time|never the same)",
    ),
    FORCED_MARRIAGE: (
        r"\bone[- ]way (?:tickets?|flights?)\b[^.;!?]{0,80}?\b(?:husband|wife|marr\w*|wedding|engaged|"
        r"stay\w* (?:over )?there|not coming back|never coming back)",
    ),
    SEXUAL_ABUSE: (
        r"\b(?:photos?|pictures?|pics?|videos?|selfies?) of (?:me|her|him|my ?self|her ?self|him ?self) "
        r"(?:\S+ ){0,1}?(?:in (?:my|her|his) (?:underwear|pants|knickers|bra|boxers|nightie|pyjamas)|"
        r"naked|nude|with no clothes|without (?:any )?clothes|in the (?:bath|shower))\b|"
        r"\b(?:no clothes|naked|nude|private\w*|willy|winkle|bits)\b[^.;!?]{0,60}?\b(?:does|did|do|doing) "
        r"(?:that|this|it) to (?:me|her|him)\b",
    ),
    ONLINE_GROOMING: (
        r"\b(?:send\w*|sent|giv\w*|gave|buy\w*|bought) (?:me|him|her|us|my \w+) (?:\S+ ){0,1}?(?:vouchers|"
        r"gift cards?|robux|v-?bucks|skins|credit|game codes?|money|top ?ups?)\b(?:\s\S+){0,8}?\s(?:asking|"
        r"asks|asked|wants|wanted|to) |"
        r"\b(?:asking|asks|asked|ask|wants|wanted|keep asking|keeps asking) (?:me|us|him|her|my \w+) to "
        r"(?:go live|video ?chat|video ?call|facetime|cam|turn (?:on|my|the) (?:\S+ )?cam\w*|send (?:pics|"
        r"pictures|photos|videos|nudes))(?:\s\S+){0,4}?\s(?:in (?:the|my|his|her) (?:bathroom|bedroom|bath|"
        r"shower|bed)|on (?:omegle|snap|snapchat|insta|tiktok|discord|kik|whatsapp|the xbox|xbox))|"
        rf"\b(?:older (?:guys|men|lads|boys|man|girls)|strangers?|men) (?:\S+ ){{0,6}}?(?:{ONLINE})\b"
        r"[^.;!?]{0,40}?\b(?:go live|video ?chat|facetime|pics|pictures|photos|nudes|meet up|meet)\b",
    ),
    EXPLOITATION: (
        # County lines: tickets, phones and money a child cannot explain; being called out at night.
        r"\b(?:train|bus|coach) tickets? (?:to|from) (?!(?:see|visit)\b)\w+|"
        r"\b(?:comes|came|come|coming) (?:back|home) with (?:\S+ ){0,2}?(?:money|cash|wads?|trainers|new "
        r"clothes|designer|a new phone|phones|tickets|gifts|presents|things (?:he|she) (?:could|can) not)\b|"
        r"\b(?:cash|money|trainers|clothes|phones?|cuts?|bruises?|injur\w*) (?:\S+ ){0,3}?(?:he|she|they) "
        r"(?:will not|wont|won't|can not|cant|could not|would not) (?:explain|say where|tell (?:me|us) "
        r"(?:where|how))|"
        r"\b(?:has to|have to|had to|got to|gotta) go (?:out )?(?:when|whenever|every time) (?:his|her|my|"
        r"the) phone (?:rings|goes|buzzes)|"
        r"\b(?:men|lads|cars?|older (?:boys|lads|men|kids)|people (?:i|we) do not know) (?:\S+ ){0,2}?"
        r"(?:hanging|hang|hangs|waiting|parked|sitting) (?:about|around|round|outside)\b(?:\s\S+){0,5}?\s"
        r"(?:asking|waiting|looking) for (?:my|our|her|him|me)\b|"
        r"\b(?:do|does|doing|did|run|runs|running|ran) (?:jobs|errands|runs|drops|deliveries|favours|"
        r"bits|stuff) for (?:them|him|the men|those men|some (?:men|lads|guys)|older \w+|a gang)\b|"
        r"\b(?:put|kept|keep|took|taken|sent|moved) (?:me|him|her|us) (?:in|to|"
        r"into) (?:a |an )?(?:flat|house|"
        r"trap ?house|hotel|airbnb) in (?:another|a different|some other|a) (?:town|city|area|place)|"
        r"\b(?:with|for) (?:some |the |these |those |older )?(?:men|guys|lads|man|boys)\b[^.;!?]{0,30}?"
        r"\b(?:to pay (?:for|off)|for (?:drink|drinks|weed|drugs|vapes?|cash|a lift|lifts|"
        r"somewhere to stay))",
    ),
    MISSING: (
        rf"\b(?:vanish\w*|disappear\w*|went off|goes off|gone off|been gone|was gone|stayed out|stays out|"
        rf"went awol|goes awol|gone awol) (?:\S+ ){{0,1}}?for (?:{_COUNT} (?:hours|days|nights)|days|nights|"
        r"a long time|ages|the weekend|the whole weekend|a week)\b|"
        r"\b(?:police|cops|feds|officers) (?:\S+ ){0,1}?(?:picked|found|brought|caught) (?:me|him|her|them) "
        r"(?:up|back|home)\b|\b(?:picked up|found|brought (?:back|home)) by (?:the )?(?:police|cops|feds)\b|"
        r"\b(?:left|leave|leaves|leaving|ran from|run from|runs from|walked out of|walk out of|walks out of) "
        r"(?:the )?(?:care home|childrens home|children's home|placement|foster (?:home|placement|carers?)|"
        r"(?:my|his|her) placement)\b|"
        r"\b(?:walk|walks|walked|walking|sneak|sneaks|snuck|bunk|bunks|bunked|ran|run) (?:out|off) (?:of )?"
        r"(?:school|class|lessons|college)\b|"
        r"\b(?:did not|didnt|without|never|not) (?:tell|telling|told|letting (?:\w+ )?know)(?: \w+){0,2}? "
        rf"(?:for {_COUNT} (?:days|nights)|where (?:i|he|she|they) (?:was|were|went|had gone))|"
        r"\b(?:mum|mom|mam|dad|my \w+|they) thought (?:i|he|she) was (?:at|in|round) (?:a |my |his |her )?"
        r"(?:mates?|friends?|school|nans?)\b(?:\s\S+){0,2}|"
        rf"\b(?:daughter|son|sister|brother|girl|boy|he|she) (?:\S+ ){{0,1}}?(?:has|had|have) been gone for "
        r"(?:a long time|ages|days|weeks)",
    ),
    NEGLECT: (
        # Children fending for themselves; a baby learning to feed itself is a milestone, not neglect.
        r"\b(?:kids|children|they|they'?re|the little ones|the boys|the girls|"
        r"the younger ones) (?:are |have been |"
        r"keep |end up |have to |had to )?(?:feeding|feed|fed|getting|making|cooking) themselves\b"
        r"(?! (?:now|already|at last|with a spoon|brilliantly|so well))|"
        r"\b(?:days|nights|weekends?|all day|all night) without (?:anyone|anybody|an adult|a grown ?up|"
        r"mum|dad|food|dinner|eating|any food|a proper meal)\b|"
        r"\b(?:leaves|left|leave|leaving) (?:me|us|him|her) (?:in charge of|to look after|looking after|"
        r"to mind|minding) (?:the |my |our )?(?:\d+ |two |three |four )?(?:little ones|babies|baby|brothers?|"
        r"sisters?|"
        r"siblings|kids|little \w+)\b|"
        r"\b(?:dog|dogs|cat|cats) (?:mess|poo|poop|wee|sick|muck) (?:all over|everywhere|on the floor|in the "
        r"(?:house|kitchen|bedroom|beds?))|"
        r"\b(?:same|dirty|smelly|stinky) (?:clothes|uniform|school uniform|socks|pants) (?:\S+ ){0,2}?"
        r"(?:every day|all week|for days|for weeks|for a week|and (?:they|it) (?:smell|smells|stink|stinks))|"
        r"\b(?:we|i) (?:do not|dont|did not|didnt|never) (?:have|had|get|got) (?:any )?(?:hot water|heating|"
        r"electric|electricity|food in|beds?|clean clothes)\b(?! (?:at|in) (?:the )?(?:centre|school|office|"
        r"hall|club))",
    ),
    SUBSTANCE_MISUSE: (
        r"\b(?:lots of|loads of|so many|full of|always|piles of|bags of) empty (?:bottles|cans|wine bottles|"
        r"vodka bottles|beer cans)|\bempty (?:bottles|cans) (?:everywhere|all over|hidden|under)\b|"
        r"\bdrink[- ]?driv\w*|\bover the limit\b|\b(?:drives|drove|driving|drive) (?:\S+ ){0,6}?(?:drunk|"
        r"after drinking|stoned|high|off (?:his|her) face)\b|"
        r"\b(?:funny|weird|strange|smelly|green)[- ](?:smelling |smelly )?(?:stuff|cigarettes|fags|smoke|"
        r"roll ?ups)\b|"
        r"\b(?:smelling|smelt|smelled|smells|stinks|stank|stinking|reeks|reeking|reeked) (?:strongly )?of "
        r"(?:booze|alcohol|drink|beer|lager|wine|vodka|cider|spirits|weed|cannabis|skunk)\b|"
        r"\bslurr(?:ing|ed|s)\b",
    ),
    HOMELESSNESS: (
        r"\b(?:staying|stay|stayed|sleeping|sleep|slept|stopping) (?:with|at|on|round) (?:different|various|"
        r"whoever|any|random) (?:friends|mates|people|relatives|family|sofas|settees)\b|"
        r"\b(?:do not|dont|no) (?:know|idea) where (?:we|i|the kids|we are|we will|well|ill)(?:'ll| will)? "
        r"(?:be|sleep|stay|go|live|end up)(?: \w+){0,2}? (?:tonight|tomorrow|next week|this week|next)\b",
    ),
    FGM: (
        r"\bto be (?:purified|cleansed|made (?:clean|pure)|made a (?:woman|lady)|circumcised)\b|"
        r"\b(?:holiday|abroad|back home|trip|over there|summer|visit\w*)\b[^.;!?]{0,80}?\b(?:can not|cant|"
        r"could not|couldnt|struggles? to|hurts? to|pain when|cries when|crying when|screams when|"
        r"stings when)\b(?:\s\S+){0,3}?\s(?:sit|walk|wee|wees|pee|pees|toilet)\b|"
        r"\b(?:can not|cant|could not|couldnt|struggles? to|hurts? to) (?:sit|walk|wee|pee)\b[^.;!?]{0,40}?"
        r"\b(?:since|after) (?:the |her |our |my )?(?:holiday|trip|summer|visit|going back home)\b|"
        r"\b(?:i|she|we|my \w+) (?:was|were|got|had been) cut when (?:i|she|we) (?:was|were) (?:little|"
        r"small|young|a (?:kid|child|girl|baby)|\d+|in year \d)|"
        r"\b(?:had|have|get|getting|got|having) (?:it|this|that|the thing|the cut) done (?:\S+ ){0,1}?"
        r"(?:back home|abroad|over there|as a (?:kid|child|girl|baby)|when i was (?:little|small|young|"
        r"a (?:kid|child|girl|baby)|\d+))|"
        rf"\bdo (?:the|that|this|a|her|it|the special) (?:thing|special thing|procedure|operation|cutting)"
        rf" (?:to|on|for) (?:my |our |her |the |his )?(?:little |baby |big |younger |"
        rf"older )?{_GIRL}\b|"
        r"\b(?:become|becoming|be|made|make|turn into) a (?:real |proper |big |grown ?up )?(?:woman|lady)\b"
        r"[^.;!?]{0,60}?\b(?:knife|blade|cut|cutting|holiday|back home|abroad|ceremony|special party)\b",
    ),
    RADICALISATION: (
        rf"\b(?:have to|has to|got to|gotta|should|must|we|they|all) hate (?:all )?(?:the )?{GROUP}|"
        rf"\b(?:the )?{GROUP} (?:are|is) (?:the enemy|evil|vermin|animals|parasites|taking over|invading|"
        r"subhuman|ruining (?:this|our|the) country)\b|"
        r"\b(?:they|them|people like (?:that|them)|those people) (?:all )?deserve (?:what'?s|what is|what|"
        r"whats|everything thats?) coming\b|"
        r"\b(?:democracy|voting|elections?|the government|the police|school|music) (?:is|are) (?:haram|kufr|"
        r"shirk|the enemy)\b|"
        r"\b(?:banned|extremist|hate|radical) (?:preacher|imam|speaker|youtuber|cleric|influencer)s?|"
        r"\b(?:preacher|imam|speaker|youtuber|cleric|influencer) (?:who'?s|who is|who has|that'?s|thats) "
        r"(?:been )?banned\b|"
        # Praise for an attacker, and sharing attack footage.
        r"\b(?:rated|rate|rates|admire|admires|admired|respect|respects|respected|like|"
        r"likes|liked|love|loved)"
        r" what (?:the (?:guy|man|bloke|shooter|bomber|attacker|lad)|he|they)(?: \S+){0,3}? did\b|"
        r"\b(?:share|shares|shared|sharing|post|posts|posting|watch|watches|watching) (?:\S+ ){0,1}?"
        r"(?:attack|beheading|execution|shooting|massacre|martyrdom) (?:videos|vids|clips|footage)\b",
    ),
    MODERN_SLAVERY: (
        r"\b(?:owe|owes|owed|owing) (?:them|him|her|the \w+)(?: \S+){0,2}? for (?:the )?(?:flight|flights|"
        r"travel|ticket|tickets|journey|room|bed|food|visa|papers|passport|transport|getting (?:me|us|her|"
        r"him) here|bringing (?:me|us|her|him))\b|"
        r"\b(?:brought|came|come|sent|trafficked) (?:over|here|to (?:the uk|england|britain|this country)) "
        r"(?:\S+ ){0,2}?to work\b|"
        r"\b(?:\d+|ten|twelve|eight|nine|lots|loads) of us (?:\S+ ){0,2}?in (?:one|a|the same) (?:house|"
        r"room|flat)\b[^.;!?]{0,60}?\bwork (?:for|at)\b|"
        r"\b(?:drives|takes|picks up|drove|took|ferries) us (?:\S+ ){0,3}?(?:in a van|to (?:work|the "
        r"(?:farm|factory|site|car ?wash|fields?|warehouse)))|"
        r"\bif (?:i|we) (?:run away|leave|go to the police|tell (?:anyone|the police|"
        r"someone))\b[^.;!?]{0,20}?"
        r"\b(?:they|he|she)(?:'?ll| will| would|'d) (?:hurt|kill|harm|find|get) (?:my|our) (?:family|mum|dad|"
        r"kids|children|parents)",
    ),
    WEAPONS: (
        r"\b(?:sex offenders? register|registered sex offender|sex offender|schedule (?:1|one) offender|"
        r"on the register for)\b|"
        r"\b(?:strangl|chok|punch|hit|hurt|kick|stab|batter|beat|throttl|smother|attack|bit|bite)\w* "
        rf"(?:\S+ ){{0,1}}?(?:his|her|my|their|the) {_SIBLING}(?! (?:\S+ ){{0,6}}?(?:lol|haha|playing|"
        r"by accident|accidentally))|"
        r"\b(?:got|have|carry|carries|carrying|keep|keeps|had) (?:something|summat|sumthing|somethin|"
        r"protection|a ting|a blade|a shank) on (?:me|him|her|them)\b",
    ),
}

# The words every sign of a gated category needs, for its gate: a plain alternation of words is
# checked in microseconds, where the signs' patterns behind it cost tens. Every sign above of a
# category in GATES must contain one of its words (test_every_sign_match_opens_its_gate checks this).
GATES: dict[str, str] = {
    MISSING: (r"vanish|disappear|went off|goes off|gone|stayed out|stays out|awol|police|cops|feds|"
              r"officers|care home|children|placement|foster|school|class|lesson|college|tell|told|"
              r"letting|thought"),
    SUBSTANCE_MISUSE: r"empty|drink|limit|driv|funny|weird|strange|smelly|green|smell|stink|stank|reek|slurr",
    FGM: (r"purif|cleans|made clean|made pure|made a|circumcis|holiday|abroad|back home|trip|over there|"
          r"summer|visit|cut when|done|thing|procedure|operation|cutting|woman|lady"),
    RADICALISATION: (r"hate|enemy|evil|vermin|animals|parasites|taking over|invading|subhuman|ruining|"
                     r"deserve|haram|kufr|shirk|banned|extremist|preacher|imam|speaker|youtuber|cleric|influencer|"
                     r" did|attack|beheading|execution|shooting|massacre|martyrdom"),
    MODERN_SLAVERY: r"owe|owing|to work|of us|us in|us to|if i|if we",
    WEAPONS: (r"offender|register|strangl|chok|punch|hit|hurt|kick|stab|batter|beat|throttl|smother|attack|"
              r"bit|on me|on him|on her|on them"),
    HOMELESSNESS: r"different|various|whoever|any|random|where",
    FORCED_MARRIAGE: r"one way|one-way",
}

# Round 4 (issue 14): more of the signs a keyworker is trained to notice, written from the kinds of sign
# in the same guidance rather than from any one sentence: farewells and means kept, self-injury in
# text-speak and hidden under sleeves, a cover story the speaker says is false, children who only eat at
# school, a cutter brought over or a girl's trip whose purpose is hidden, a marriage arranged for a
# child, carrying and lookout work, debts worked off in trips, being "shared round", escape readiness,
# blocking out violence, living at the workplace, a child moved from town to town, an online adult's
# sexual or locating questions, being intoxicated while in charge of children, and a call to act
# against a group.
_QUOTE = r"[\"']?"
# "it's not" reaches the rules as "it not" (blank_guarded drops "'s ").
_FALSE = (r"(?:(?:they|it|that) (?:are|is|was|were|did) not|"
          r"(?:they'?re|theyre|it'?s|its|thats|that'?s|it|that) not|"
          r"(?:they|it|that) (?:was|were|is|are)n'?t)")
_PRACTISING = (r"(?:somalia|sudan|egypt|eritrea|ethiopia|djibouti|sierra leone|guinea|mali|gambia|nigeria|"
               r"kenya|yemen|kurdistan|back home|the village)")
_CHILD_ROOM = (r"(?:his|her|their|my (?:son|daughter|lad|boy|girl|brother|sister)) "
               r"(?:bed)?(?:room|bag|pocket|coat|drawer)")

_ROUND4: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        # Farewells and affairs put in order.
        r"\b(?:said|saying|been saying|say) (?:my |his |her |their )?goodbyes\b(?! (?:at|before|after) )|"
        r"\b(?:sort\w*|put\w*|get\w*|getting) (?:out )?(?:my|his|her) affairs\b|"
        r"\bplann\w* (?:my|his|her) (?:own )?funeral\b|"
        # Treasured things given away with a farewell.
        r"\b(?:gave|given|giving|give|gives|handed|handing|hands) (?:away |over |out )?(?:all )?"
        r"(?:my|his|her) "
        r"[^.;!?]{0,60}?"
        r"\b(?:thanks? (?:you )?for everything|said goodbye|love you all|look after (?:them|it|mum|dad))|"
        # Not being a trouble "for much longer".
        r"\b(?:will not|not going to|not gonna) be (?:(?:a (?:pain|burden|problem|bother|nuisance)|"
        r"bothering (?:you|anyone|anybody)|in (?:your|the) way) )?(?:to \w+ )?(?:for )?(?:much|very|a lot) "
        r"longer\b|"
        # Means kept: a rope, a noose, a ligature.
        r"\b(?:got|have|bought|keep|keeps|kept|hid|hidden|hiding|found) (?:a |the )?(?:rope|noose|ligature)\b"
        r"(?! (?:\w+ )?(?:swing|ladder|bridge|course|climb\w*|for (?:the|our) (?:tent|boat|washing|"
        r"camping)))",
    ),
    SELF_HARM: (
        # Cutting said without an object: "she still cuts", "i only burn when".
        # An intransitive "cut" (no object follows): "she still cuts when she's low".
        r"\b(?:i|she|he) (?:still|sometimes|often|always|secretly|only|just|do) (?:cut|cuts|burn|burns)"
        r"(?= (?:when|whenever|but|and|because|cos|again|every|at night|sometimes|if|to (?:cope|feel|"
        r"forget))\b|[.,;!?]|$)|"
        r"\b(?:my|her|his|the|did|doing|about) (?:sh|s/h)\b|\b(?:sh|s/h) (?:update|scars?|marks|cuts|is|has|"
        r"got|again)\b|"
        r"\b(?:plasters|plaster|bandages?|dressings|tape) (?:\w+ ){0,2}?(?:under|beneath) (?:my|her|his) "
        r"(?:sleeves|jumper|hoodie|clothes|top|joggers)",
    ),
    PHYSICAL_ABUSE: (
        # A cover story the speaker says is false: "i said i fell. i did not".
        r"\b(?:marks?|cuts?|scars?|bruises?|burns?|black eye|injur\w*)\b[^.;!?]{0,60}?\b(?:from|said|say|"
        r"says|told (?:them|her|him|the \w+))\b[^.;!?]{0,40}?[.,;!]* (?:lol |haha )?" + _FALSE + r"\b|"
        r"\b(?:said|told (?:them|her|him|the \w+|everyone|my \w+)|say|tell (?:people|everyone|them|my \w+)) "
        r"(?:i|it was|that i|the \w+) [^.;!?]{0,30}?(?:[.,;!]+ |but )" + _FALSE + r"\b|"
        # Going for a child with an object.
        r"\b(?:goes|went|go|comes|came|come|coming|going) (?:for|at) (?:me|us|him|her|my \w+) with "
        r"(?:whatever|anything|a |the |his |her |whats|what'?s)",
    ),
    NEGLECT: (
        r"\b(?:only|just) (?:eat|eats|ate|get (?:fed|food|a meal)) (?:\w+ )?at (?:school|nursery|breakfast "
        r"club|club)\b|\beat at school and (?:that'?s it|thats it|nothing else|then nothing)|"
        r"\b(?:we|the kids|the children|me and my \w+) (?:do not|never|hardly|rarely) (?:really |ever )?"
        r"(?:have|get|eat) (?:any )?(?:dinner|tea|breakfast|meals|a meal|hot meals|food)\b"
        r"(?! (?:together|out|at the table|till|until|before|as a family|on time))|"
        r"\b(?:cereal|weetabix|cornflakes|coco pops) with water\b|\bdry (?:cereal|bread)\b|"
        r"\b(?:fridge|cupboards?) (?:\w+ ){0,2}?empty (?:since|for|again|all|every|most)|"
        r"\b(?:nobody|no ?one|no-one)(?: has| will| ever)? (?:got|get|bought|buy|taken|took|take|fixed|fix|"
        r"sorted|replaced|replace) (?:me|him|her|us|them) (?:new |any |a new |proper )?(?:glasses|shoes|"
        r"coat|uniform|clothes|school shoes|trainers|jumper|bed|inhaler|new ones)|"
        r"\b(?:nobody|no ?one|no-one)(?: has| ever)? (?:taken|took|take) (?:me|him|her|us|them) to (?:the )?"
        r"(?:dentist|doctor|gp|optician|hospital)",
    ),
    FGM: (
        r"\b(?:fly|flying|flew|bring|bringing|brought)\w* (?:a |an |some |the )?(?:woman|lady|someone|"
        r"somebody|cutter|elder|auntie|aunty) (?:\w+ ){0,3}?(?:over|in|here)\b[^.;!?]{0,60}?\bto do "
        + _QUOTE + r"(?:it|that|this|the (?:thing|cut|cutting|procedure|ceremony|operation))|"
        r"\b(?:the|a|her|their) (?:ceremony|procedure|cutting|cut|special (?:ceremony|party))\b[^.;!?]{0,60}?"
        rf"\b{_PRACTISING}\b|\b{_PRACTISING}\b[^.;!?]{{0,60}}?\b(?:the|a|her|their) "
        r"(?:ceremony|procedure|cutting|special (?:ceremony|party))\b|"
        r"\b(?:daughters?|girls|she|her|sister|cousins?|nieces?) (?:need|needs|have to|has to|must|will) "
        r"(?:have |get |be )?" + _QUOTE + r"(?:the|a) (?:procedure|ceremony|cut|cutting|thing)\b(?! on)|"
        r"\bto (?:be|get) " + _QUOTE + r"done" + _QUOTE + r" (?:before|when|while|in the)\b|"
        r"\b(?:trip|holiday|flights?|tickets?|visit)\b[^.;!?]{0,60}?\b(?:will not|do not|refuse to|nobody "
        r"will|no ?one will) (?:say|tell (?:me|us|her)) (?:why|what (?:for|it is for))|"
        r"\bwhat the (?:trip|holiday|visit) is (?:really )?for\b",
    ),
    FORCED_MARRIAGE: (
        r"\b(?:plan\w*|arrang\w*|organis\w*|sort\w*|fix\w*) (?:a |the |his |her )?(?:marriage|wedding|match|"
        r"rishta|husband|wife) for (?:him|her|me|my \w+|our \w+)\b|"
        r"\bmeet (?:her|my|his|their) " + _QUOTE + r"(?:future )?(?:husband|wife|husband to be|wife to be)\b|"
        r"\bthe (?:man|boy|girl|guy) (?:i'?m|im|i am|she'?s|she is|he'?s|he is) (?:going to|gonna|supposed "
        r"to|meant to|promised to|to) marry\b|"
        r"\b(?:booked|bought|got|getting|booking) (?:me|her|him|my \w+) (?:a )?one[- ]way (?:ticket|flight)",
    ),
    EXPLOITATION: (
        r"\b(?:drop|dropping|dropped|drops|carry|carrying|carried|deliver\w*|taking|took|move|moving) "
        r"(?:off )?(?:a |the |some |these |those )?(?:packages?|parcels?|bags?|packets?)\b(?: off)?"
        r"[^.;!?]{0,40}?\b(?:for (?:them|him|some (?:men|lads|guys|older \w+)|the (?:men|lads|gang|older "
        r"\w+)|a gang|older \w+)|round town|on the (?:train|bus))|"
        r"\b(?:debts?|owe\w*)\b[^.;!?]{0,60}?\b(?:after|until|till|once) (?:\d+|one|two|three|a few) "
        r"(?:more )?(?:trips|runs|jobs|drops|deliveries)\b|"
        r"\b(?:i|he|she|they|son|daughter|lad|boy|girl|nephew|niece|brother|sister|cousin|grandson|kid|"
        r"child)(?:'?s|'?m|'?re| is| am| are| was| were| has been| got put| been)? on (?:a |the |their )?"
        r"(?:line|county line)\b(?! (?:for|with|to))|"
        r"\b(?:stand|standing|stood|wait|waiting|watch|keep watch|look ?out)\w* (?:\w+ ){0,4}?(?:and|to) "
        r"(?:text|ring|call|tell|warn|shout|whistle) (?:\w+ ){0,3}?(?:when|if) (?:the )?(?:police|feds|"
        r"cops|5-?0|old bill|officers|security) (?:come|comes|came|turn up|show)|"
        r"\b(?:scales|cling ?film|baggies|deal bags|burner phones?|second phone|spare phone|tick list)\b"
        rf"[^.;!?]{{0,40}}?\bin {_CHILD_ROOM}\b|"
        r"\b(?:arrested|picked up|stopped|found|caught)\b[^.;!?]{0,20}?\bin (?:a |another |some )?(?:town|"
        r"city|place|area) (?:\S+ ){0,4}?(?:away|miles|no reason|never been|does not know)\b|"
        r"\b(?:go|sleep|be) with (?:whoever|anyone|any \w+|men|guys|his mates|their mates) (?:\w+ ){0,3}?"
        r"(?:they|he|she) (?:tell|tells|say|says|want|wants)\b|"
        r"\b(?:shared|passed|pass|passes|share|shares|sharing|passing) (?:me|her|him) (?:a)?round (?:his|"
        r"their|the|her) (?:mates|friends|boys|lads|crew)",
    ),
    DOMESTIC_ABUSE: (
        r"\b(?:sleep|sleeps|slept|sleeping|go to bed) (?:\w+ ){0,2}?(?:with|in) (?:my|our|her|his|their) "
        r"(?:shoes|clothes|coat|trainers) on\b|"
        r"\bin case (?:we|i|mum|she) (?:need|have|has|needs) to (?:get out|leave|run|escape|go) (?:quick|"
        r"fast|in a hurry)|"
        r"\b(?:headphones|earphones|music|pillow|hands) (?:\w+ ){0,4}?(?:so|to) (?:i|we|she|he) (?:do not "
        r"|can not |will not )?(?:have to )?(?:hear|listen to) (?:the |them |him )?(?:banging|shouting|"
        r"screaming|fighting|arguing|rows|crying|hitting|smashing)|"
        r"\bso (?:he|she|they|mum|dad|my \w+)(?:'?s|'?re)? (?:is |are )?(?:not|never) "
        r"(?:left )?alone with\b",
    ),
    MISSING: (
        r"\b(?:been|gone|went|go|goes|going) missing (?:\w+ ){0,2}?(?:\d+|two|three|four|five|six|several|"
        r"loads of|so many|a few|lots of|many) times\b",
    ),
    MODERN_SLAVERY: (
        r"\b(?:moved|moving|move|moves|taken|took|sent) (?:me|us|her|him|them) (?:from|between|around|round) "
        r"(?:house to house|place to place|city to city|town to town|houses|cities|towns|different "
        r"(?:houses|cities|towns|places|flats))|"
        r"\b(?:do not|never) (?:even )?know (?:which|what) (?:city|town|country|address|area|place) "
        r"(?:i|we) (?:am|are|'m|'re|live)|"
        r"\b(?:vans?|minibus\w*) (?:\w+ ){0,2}?(?:picks?|picked|collects?|collected|comes? for|came for) "
        r"(?:up )?(?:the |some |a group of )?(?:lads|men|boys|girls|women|workers|people|them|kids)\b"
        r"[^.;!?]{0,60}?\b(?:[3-6] ?am|dawn|early hours)|"
        r"\b" + _QUOTE + r"uncle" + _QUOTE + r" (?:who|that) (?:is not|aint) (?:really )?(?:related|family|"
        r"(?:his|her|my|their) (?:real )?uncle)|\bsaid (?:he|she) was (?:my|his|her|their) (?:uncle|aunt|"
        r"auntie|cousin)\b|"
        r"\b(?:lucky|grateful) (?:\w+ ){0,3}?(?:gives?|giving|lets?|letting) (?:me|us|her|him) "
        r"(?:have |stay in |use )?(?:a )?(?:bed|"
        r"room|roof|place to sleep|somewhere to sleep)|"
        r"\b(?:no|got no|not got|do not have|without) (?:any )?(?:papers|passport|visa|documents)\b"
        r"[^.;!?]{0,40}?\b(?:work|boss)|\b(?:work|working|boss)\b[^.;!?]{0,60}?\b(?:no|got no|not got|"
        r"do not have|without) (?:any )?(?:papers|passport|visa|documents)\b|"
        r"\b(?:sleep|sleeps|slept|sleeping) (?:\w+ ){0,1}?(?:above|in the back of|behind|on the floor of) "
        r"(?:the |a )?(?:restaurant|resturant|shop|takeaway|car ?wash|salon|nail bar|factory|kitchen|"
        r"barbers|warehouse)",
    ),
    ONLINE_GROOMING: (
        r"\b(?:move|moving|go|switch|chat|talk)\w* (?:\w+ ){0,2}?(?:to|on|onto) (?:a |another |some |his |"
        r"her )?(?:private|secret|encrypted) (?:app|chat|server|account|platform|number|snap)\b|"
        r"\b(?:asked|asks|asking|ask) (?:me |her |him |my \w+ )?(?:what|about) (?:my |her |his )?(?:bra size|"
        r"cup size|underwear|knickers|(?:i'?m|im|i am|she'?s|she is|he is) wearing)|"
        r"\bsent (?:me|her|him|my \w+) (?:a )?(?:snap|pic|photo|picture|video) of (?:him|his ?self|himself) "
        r"(?:with no (?:top|shirt|clothes)|naked|topless|in (?:his )?(?:pants|boxers))|"
        rf"\b(?:man|men|guy|bloke|stranger|adult|older \w+)\b[^.;!?]{{0,80}}?"
        rf"\b(?:{ONLINE}|tablet|phone|ipad)\b[^.;!?]{{0,60}}?"
        r"\basked (?:for|what|where) (?:her|his|my|our) (?:address|school|postcode|house)",
    ),
    SUBSTANCE_MISUSE: (
        r"\boff (?:their|there|his|her|my) (?:heads|head|faces|face|tits|nut)\b|"
        r"\b(?:hide|hid|hiding|hides|pour\w*|tip\w*) (?:away |out )?(?:mums|mum|dads|dad|mam|mams|her|his|"
        r"their) (?:cans|bottles|drink|vodka|wine|booze|beer|cider|alcohol|stash)\b|"
        r"\b(?:drink|drinks|drank|drinking) (?:a |half a |a whole |two |a few )?(?:bottles?|cans|glasses|"
        r"pints|shots) of (?:wine|vodka|gin|whisky|rum|cider|beer|lager) (?:\w+ ){0,4}?(?:a day|every day|"
        r"every night|most days|most nights|each night|before (?:the school run|school|pick ?up|picking|"
        r"driving|work|breakfast))|"
        r"\b(?:drunk|hammered|wasted|smashed|out of it|passed out|off (?:his|her) face)\b[^.;!?]{0,40}?"
        r"\b(?:falls|fell|falling|asleep|passes out|passed out)\b[^.;!?]{0,30}?\bwith (?:a |the )?(?:fag|"
        r"cigarette|ciggie|cig|spliff|joint|baby|chip pan|pan|cooker|oven|hob|candle)",
    ),
    RADICALISATION: (
        rf"\b{GROUP}\b[^.;!?]{{0,60}}?\b(?:sort (?:it|them) out|teach (?:them|em) a lesson|(?:real|direct) "
        r"action|burn (?:it|them) down|get rid of them|deal with them|run them out)|"
        r"\b(?:secret|hidden|shadow) (?:elite|cabal|rulers)\b|\b(?:run|controlled|owned) by (?:a |the )?"
        r"(?:secret |hidden )?(?:elite|cabal|globalists)\b|"
        r"\b(?:real|proper|direct|violent) action\b[^.;!?]{0,20}?\bnot (?:just )?(?:protests|talk|words|"
        r"voting|petitions)",
    ),
    HOMELESSNESS: (
        r"\b(?:no|not had a|not got a|never had a|without a|have not got a|has not got a) (?:proper |fixed |"
        r"real |stable |permanent )?(?:place to (?:stay|live|sleep|call home)|roof over)|"
        r"\b(?:be|end up|ending up|out) on the streets?\b|"
        r"\b(?:emergency|temporary|temp) (?:place|accommodation|housing|room|hotel|b ?& ?b|flat) "
        r"(?:\w+ ){0,2}?"
        r"(?:ends|finishes|runs out|is ending|stops)\b",
    ),
}
# Round 4, second pass: the indirect words of the same kinds of sign, brainstormed from the guidance in
# our own words and checked against no held-out sentence (others cope without me, a chance to say
# goodbye, urges, hurting to feel better, a cover story about a pet, fending for oneself, nothing at
# home to eat, never collected, police called on the home, a wedding or engagement date set for a young
# person, a child sent abroad not to come back, a girl made "a proper woman", pain since a visit,
# holocaust denial, a call to fight abroad or "fight back", isolation at work, a night at a stranger's).
_INDIRECT: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        r"\b(?:everyone|everybody|they|the kids|my kids|my family|people) (?:would|'d|will|'ll) (?:all )?"
        r"(?:cope|manage|be (?:fine|ok|okay|happier|better|alright|all right)) without me\b|"
        r"\b(?:nobody|no ?one|no-one) (?:would|will|'d) (?:even )?(?:miss me|notice if i|care if i)|"
        r"\b(?:in case|incase|just in case) (?:i|we) (?:do not|never|will not) (?:get (?:another|the|a) "
        r"chance|see (?:you|her|him|them|anyone) again)|"
        r"\bhope (?:i|he|she) (?:do not|does not|never) wake up\b|"
        r"\b(?:which|what) of my (?:things|stuff|clothes|games) (?:\w+ )?(?:can|could|should|will) "
        r"(?:have|get|keep)|\b(?:can|could) have (?:all )?my (?:things|stuff|clothes|games|room) (?:when|"
        r"after|if) (?:i|i'?m|im)\b|"
        r"\b(?:will not|not going to|not gonna) need (?:my|his|her) (?:\w+ )?(?:stuff|things|clothes) "
        r"(?:soon|for long|much longer)|"
        r"\b(?:do not|can not) (?:really |even )?see (?:the|any) point (?:in (?:anything|living|life|it all|"
        r"trying|going on)|any ?more|of (?:anything|me|living))|"
        r"\b(?:would|'d) (?:rather|sooner) (?:be dead|die|not be here|not be alive)\b|"
        r"\bnothing (?:really )?matters (?:any ?more|to me now)|"
        r"\b(?:make|makes|making) it (?:all )?(?:stop|end)\b(?! (?:raining|crying|beeping|ringing|"
        r"squeaking|leaking|hurting))|"
        r"\b(?:take|taking|took) all (?:of )?(?:\w+ )?(?:tablets|pills|meds|medication|paracetamol)\b|"
        r"\b(?:stood|standing|sat|sitting|looking|look\w*|stare\w*|thinking|thought) (?:\w+ ){0,2}?(?:on|at|"
        r"about|over) (?:the )?(?:top of (?:the )?(?:car park|multi-?storey|building|flats|tower)|edge of "
        r"(?:the )?(?:bridge|roof|cliff|platform)|ledge)\b|"
        r"\b(?:stood|standing|sat|sitting) on (?:the )?(?:bridge|roof|ledge|railway|train tracks?) "
        r"(?:\w+ ){0,2}?(?:for (?:ages|hours|a long time)|last night|thinking|alone)",
    ),
    SELF_HARM: (
        r"\b(?:hurt|hurting|cut|cutting|burn|burning|bleed|bleeding)\w* (?:\w+ ){0,2}?(?:to|so i can|so i|so "
        r"that i) (?:feel (?:better|something|real|calm|normal|in control)|cope|calm down|stop feeling)\b|"
        r"\b(?:arms?|wrists?|legs?|thighs?) (?:\w+ ){0,3}?(?:barcode|tiger stripes)|"
        r"\b(?:tell|told|say|said|saying|telling) (?:people|everyone|everybody|them|my mum|mum|dad|"
        r"teachers?|the teacher|school|friends|my friends) (?:that )?(?:it was )?(?:the |my |our )?(?:cat|"
        r"dog|kitten|puppy)(?: did (?:it|them|that)| scratched| bit\b)|"
        r"\b(?:the |my |her |his )?urges? (?:to (?:cut|hurt|harm|do it|burn) )?(?:are|is|have been|were|was|"
        r"been|getting) (?:really "
        r"|so |very )?(?:bad|back|strong|worse|awful|loud)\b|\burges? to (?:cut|hurt|harm|do it|burn)\b",
    ),
    NEGLECT: (
        r"\b(?:never|not|nobody|no ?one|no-one)(?: \w+)? (?:picked|pick|picks|collected|collect|collects) "
        r"(?:me|us|him|her|them) up\b(?! (?:\w+ ){0,2}?(?:yet|late|early|today|on time))|"
        r"\bforg(?:ot|ets|et|etting) to (?:pick up|collect) (?:me|us|him|her|them|the kids)\b|"
        r"\b(?:is|there'?s|theres|there is|there) (?:never )?nothing (?:to eat )?(?:at home|in the "
        r"(?:house|fridge|cupboards?))\b(?! to do)|"
        r"\b(?:nobody|no ?one|no-one) (?:even )?(?:notices|noticed|cares|checks|asks|knows) (?:if|when|where|"
        r"whether) (?:i|we|he|she|they)\b[^.;!?]{0,20}?\b(?:home|in|out|back|gone|eat|ate|go|went|sleep|"
        r"school|bed)\b|"
        r"\b(?:fend|fending|fended|fends) for (?:myself|ourselves|themselves|himself|herself)|"
        r"\b(?:i|we) (?:mostly |basically |pretty much |just )?look after (?:myself|ourselves) "
        r"(?:mostly|most of the time|on (?:my|our) own|because|cos|since)|"
        r"\b(?:not|never|has not|have not) (?:\w+ )?(?:seen|been to|taken to) (?:a |the )?(?:doctor|gp|"
        r"dentist|health visitor)\b (?:since|ever|in (?:years|ages))|"
        r"\b(?:nits|lice|head lice|rash|infection)\b[^.;!?]{0,30}?\b(?:nobody|no ?one|never) (?:\w+ )?"
        r"(?:treated|treats|sorted|does anything)",
    ),
    DOMESTIC_ABUSE: (
        r"\b(?:neighbours?|someone|people next door) (?:have |has )?(?:called|rang|phoned|rung) (?:the )?"
        r"police (?:\w+ ){0,2}?(?:again|on (?:us|him|them|my \w+|mum|dad)|because (?:of )?(?:the )?"
        r"(?:shouting|screaming|banging|noise|fighting))|"
        r"\bpolice (?:were|was|have been|had been|got) (?:called|rung|phoned) (?:\w+ ){0,4}?(?:again|because "
        r"(?:of )?(?:the )?(?:shouting|screaming|banging|noise|fighting))|"
        # Permission asked of a partner, not of a school or a boss.
        r"\b(?:have to|has to|had to|must) ask (?:his|him for|her husband'?s?|my (?:husband|partner|"
        r"boyfriend|wife)'?s?) permission (?:to|before) (?:i |we |she )?(?:go|see|leave|spend|eat|use|buy|"
        r"wear|talk|phone|visit)",
    ),
    FORCED_MARRIAGE: (
        r"\b(?:they|dad|mum|my (?:dad|mum|family|parents|uncle|aunt)|family|parents) (?:have |has )?"
        r"(?:said|say|says|told me|decided) (?:that )?(?:i|she|he)(?:'?ll| will| would|'d) be (?:engaged|"
        r"married|wed) (?:off )?(?:by|before|when|this|next)\b|"
        r"\b(?:(?:sent|sending|taking|taken|send|send\w*) (?:me|her|him|my \w+)|(?:being|been|getting|get|"
        r"got) sent) (?:back )?(?:to \w+|abroad|"
        r"back home|home)\b[^.;!?]{0,40}?\b(?:not|never|n'?t) (?:\S+ ){0,3}?coming back\b",
    ),
    FGM: (
        r"\b(?:want|wants|make|made|making|has to|have to|needs? to) (?:my |our |her |the )?(?:daughters?|"
        r"girls?|granddaughters?|nieces?) (?:to )?(?:be|become) (?:a )?(?:proper|real|true|clean|pure) "
        r"(?:woman|women|girls?|lady|ladies)\b|"
        r"\b(?:daughter|girl|she|sister|niece)\b (?:\w+ ){0,3}?(?:in pain|hurting|bleeding|sore) "
        r"(?:\w+ ){0,2}?(?:since|after) (?:we|she|they) (?:came|got|come) back from\b|"
        r"\b(?:cut|cutting) (?:my|our|her|the) (?:little |baby |younger |big )?(?:sister|daughter|niece|"
        r"cousin|girl)s? (?:\w+ ){0,2}?(?:in|during|over|when|while) (?:the |we )?(?:holidays?|summer|trip|"
        r"visit|go back|are (?:away|abroad))|"
        r"\b(?:traditional|cultural|special|secret) (?:cutting|cut|circumcision|procedure)\b",
    ),
    RADICALISATION: (
        r"\b(?:the )?holocaust (?:did not|never) (?:happen|happened)|\b(?:the )?holocaust (?:was|is) (?:a |"
        r"all )?(?:hoax|lie|made up|fake|exaggerated)|\bholocaust deni\w*|"
        r"\b(?:go|going|went|goes) (?:out )?(?:and |to )?fight (?:in|for) (?:syria|iraq|afghanistan|the "
        r"caliphate|isis|jihad|the cause|the brothers|palestine|ukraine)\b|"
        r"\b(?:white|our) (?:people|race|folk|kind) (?:need|needs|must|have|has|should|are going) to "
        r"(?:fight back|rise up|take (?:it|the country|this country|back)|defend)",
    ),
    MODERN_SLAVERY: (
        r"\b(?:not allowed|never allowed|forbidden) to (?:talk|speak) to (?:anyone|anybody|people|other "
        r"people)(?: \w+){0,3}?(?: (?:work|job|boss|house|family))?\b",
    ),
    MISSING: (
        r"\b(?:slept|stayed|stopped|sleep|stay) (?:over )?at (?:a |some )?(?:strangers?|someone i (?:do not|"
        r"did not) know|some (?:man|guy|bloke|lad|older \w+)|(?:a |some )?random (?:man|guy|person|"
        r"people|lad|bloke))(?: (?:house|flat|place))?",
    ),
}
RULES = {category: RULES.get(category, ()) + _ROUND4.get(category, ()) + _INDIRECT.get(category, ())
         for category in dict.fromkeys((*RULES, *_ROUND4, *_INDIRECT))}

def _add_to_gate(category: str, words: str) -> None:
    """Add the words round 4's signs need to their category's gate."""
    GATES[category] += "|" + words


# Each sign's rarest needed word, so a gate opens for few comments it did not open for before (a word
# the category's own gate already holds costs nothing).
_add_to_gate(MISSING, "missing|slept|stayed|stopped|sleep|stay")
_add_to_gate(SUBSTANCE_MISUSE, "off |hid|pour|tip|drunk|hammered|wasted|smashed|out of it|passed out")
_add_to_gate(FGM, "somalia|sudan|egypt|eritrea|ethiopia|djibouti|sierra leone|guinea|mali|gambia|nigeria|"
                  "kenya|yemen|kurdistan|village|fly|flew|bring|brought|flight|ticket|ceremony|cut|women|"
                  "ladies|back from|circumcis")
_add_to_gate(RADICALISATION, "immigrants|migrants|muslims|jews|foreigners|asylum|refugees|gay|trans|black|"
                             "white|brown|christian|believer|women|girls|feminist|elite|globalist|"
                             "people from|cabal|rulers|action|holocaust|syria|iraq|afghanistan|caliphate|"
                             "isis|jihad|the cause|the brothers|palestine|ukraine|our people|our race|"
                             "our folk|"
                             "our kind")
_add_to_gate(MODERN_SLAVERY, "allowed|forbidden|to house|to place|to city|to town|houses|cities|towns|"
                             "different|know which|know what|van|minibus|uncle|aunt|cousin|lucky|grateful|"
                             "papers|passport|visa|documents|above|back of|behind|floor of")
_add_to_gate(HOMELESSNESS, "place to|roof|street|emergency|temporary|temp ")
_add_to_gate(FORCED_MARRIAGE, "marriage|wedding|match|rishta|husband|wife|marry|married|engaged|coming back")
