"""Everyday, indirect words for each kind of harm: how a parent, a teenager or a young child says it
without naming it (issue 14). Each rule is a family of phrasings for one sign of the harm, not a
sentence: hunger and cold for neglect, hopelessness and being a burden for suicidal thoughts, older
friends and unexplained money for exploitation, and so on."""

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
from feedback.analysis.harms.words import BODY, EX_OR_PARTNER, GROUP, ONLINE, PET, SELF

# A child's age, in figures or words, for "I'm 9" and "my 6 year old".
_YOUNG = r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PARENT = (r"(?:mum|mummy|mam|mom|mother|dad|daddy|da|father|step ?dad|step ?mum|stepdad|stepmum|"
           r"nan|she|he|they|parents?)")
_SIBLINGS = (r"(?:(?:baby|little|younger|big|older) )?(?:brothers?|sisters?|siblings|the little ones|"
             r"the younger ones|the baby|the kids)")

RULES: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        # Hopelessness.
        r"\bnothing (?:is |will )?(?:ever )?(?:going to |gonna )?(?:get|gets|getting) better\b|"
        r"\bwhat(?:'?s| is|s) (?:even )?the point (?:any ?more|of (?:anything|me|it all|living|trying|"
        r"going on|being here)|in (?:anything|living|trying|going on))|\bno point (?:in )?(?:me|my life)\b|"
        # A burden: "they'd be fine without me", "a weight on my family".
        r"\b(?:fine|better|happier|easier|ok|okay|better off|happier off) (?:\w+ ){0,2}?(?:without me|"
        r"if i (?:was|were|wasnt|was not|were not|weren't|wasn't) (?:gone|here|around|alive|dead|born))|"
        r"\b(?:a|such a|just a) (?:weight|drain|waste of space) (?:on|to) (?:my|the|everyone|everybody|"
        r"them)|\b(?:i'?m|i am|im|feel like) (?:a |such a |just a )?waste of (?:space|oxygen|air)\b|"
        # No future: "I don't see myself being here next year".
        r"\b(?:do not|can not|will not|dont|cant) see (?:myself|me) (?:being |still )?(?:here|around|"
        r"alive|making it|getting to|at \d+|next)|\b(?:will not|won't|wont|not going to|not gonna) "
        r"(?:be )?(?:here|around) (?:much longer|for long|to see|next (?:year|week|month)|by)|"
        # Places and means: "stood on the bridge twice this month".
        r"\b(?:stood|standing|stand|sat|sitting|been) (?:on|at|by) (?:the|a) (?:edge|bridge|ledge|"
        r"roof|tracks|railway|cliff)(?:\s\S+){0,6}?\s(?:again|twice|times|thinking|alone|at night|"
        r"last night|this (?:week|month)|wanting|jump)\b|"
        # Goodbyes to the people a person loves.
        r"\b(?:said|say|saying|says) (?:my |our )?goodbyes? to (?:everyone|everybody|my (?:kids|"
        r"children|family|mum|dad|friends|mates|son|daughter))|\bthis is (?:my )?goodbye\b|"
        r"\bsorry for everything\b|\bforgive me for (?:what|everything)|"
        r"\b(?:want|wanna|wana|wanted) to (?:just )?(?:stop existing|not exist|vanish for ?ever)",
    ),
    SELF_HARM: (
        # Hiding the marks.
        r"\b(?:only |always )?wear(?:s|ing)? (?:long sleeves|hoodies?|jumpers?|sleeves)(?:\s\S+){0,8}?"
        r"\s(?:so (?:no one|nobody|no-one|people do not|no1)|to hide|to cover|even (?:in|when)|when it"
        r"(?:'?s| is) hot)|\bso (?:no one|nobody|no-one) (?:sees|can see|notices) (?:my|her|his) "
        rf"(?:{BODY}|cuts|scars|marks)\b|"
        r"\b(?:plasters|bandages|bloody tissues|tissues with blood|blood) (?:\S+ ){0,5}?(?:on |up |over )?"
        r"(?:her|his|my|their) (?:forearms?|wrists?|arms?|thighs?|legs?)|\bbloody tissues\b|"
        # Hurting oneself to feel or stop a feeling.
        r"\b(?:bang|bangs|banging|banged|hit|hits|hitting|headbutt\w*) (?:my|his|her) head (?:on|against|"
        r"off) (?:the |a )?(?:walls?|floor|doors?)|\b(?:bite|bites|biting|bit) (?:my|his|her) (?:own )?"
        rf"(?:{BODY}|hands?|fingers)|\bpick(?:s|ing|ed)? (?:at )?(?:my|his|her) (?:skin|scabs?|{BODY}|"
        r"face) (?:till|until|so|to)|\bpull(?:s|ing|ed)? (?:my|his|her) hair out (?:\w+ ){0,3}?(?:till|"
        r"until|in clumps|when (?:i|he|she)|bald)",
    ),
    DOMESTIC_ABUSE: (
        # Put-downs: "calls my mum a stupid cow", "no one else would have me".
        r"\bcall(?:s|ed|ing)? (?:my |your )?(?:mum|mummy|mam|mom|her|wife|me) (?:\w+ )?(?:horrible|nasty|"
        r"awful|all sorts|names|a stupid|stupid|useless|worthless|fat|ugly|a \w+ cow|cow|slag|bitch|"
        r"whore|thick|pathetic)|\btells? (?:her|mum|my mum|me) (?:she'?s|she is|shes|i'?m|i am|im) "
        r"(?:\w+ )?(?:worthless|useless|nothing|stupid|ugly|fat|mad|crazy|pathetic|disgusting)|"
        r"\b(?:no one|nobody|no-one) else (?:would|will|'d|could) (?:ever )?(?:have|want|love) "
        r"(?:me|her|you)\b|"
        # Watching and checking: "reads all my messages", "tracks where I am".
        rf"\b(?:he|she|{EX_OR_PARTNER}) (?:\w+ ){{0,2}}?(?:reads?|goes through|went through|checks?|"
        r"checked|looks? through|searches) (?:all )?(?:my|her) (?:\w+ )?(?:messages|texts|phone|bank|"
        r"statements|purse|bag|emails|receipts|post)|\b(?:tracks?|tracked|tracking) (?:where (?:i|she) "
        r"(?:am|go|goes|is)|my (?:location|every move|phone))|\b(?:have|has|had) to (?:tell|text|ring|"
        r"call|show|send) (?:him|her|my partner|my husband) (?:where|who|what|everything|a photo|pictures)|"
        rf"\b(?:he|{EX_OR_PARTNER}) (?:\w+ ){{0,2}}?(?:goes|went|gets|got|will go) (?:mental|mad|nuts|"
        r"crazy|ballistic|off on one) (?:\w+ ){0,3}?(?:if|when) (?:i|i'?m|im|dinner|tea|the house|the "
        r"kids)|\b(?:scared|frightened|afraid|terrified) (?:of )?what (?:he|she)(?:'ll| will| might| "
        r"would|'d| is going to| could) do\b|"
        # Pinning, strangling, the children hiding.
        rf"\b(?:he|{EX_OR_PARTNER}) (?:\w+ ){{0,2}}?(?:pinn?\w*|held) (?:me|her|mum) (?:down|against|to)|"
        r"\bgrab\w* (?:me |her )?(?:by )?(?:my|her|the) (?:neck|throat)|\b(?:argument|row|fight|he|"
        r"partner)\b(?:\s\S+){0,10}?\s(?:could not|can not|couldnt) breathe|\bhid (?:\w+ )?in (?:their|"
        r"his|her) (?:room|bedroom)|\b(?:mums?|mummys?|mams?|moms?) (?:boyfriend|partner|bf|fella) "
        r"(?:\w+ ){0,3}?(?:hits?|hurts?|push\w*|shov\w*|slap\w*|kick\w*|punch\w*|grab\w*|chok\w*|"
        r"scream\w* at|shout\w* at) (?:her|mum|mummy)\b",
    ),
    PHYSICAL_ABUSE: (
        r"\b(?:pull|pulls|pulled|pulling|yank\w*|drag\w*|twist\w*) (?:me |him |her )?(?:by )?(?:my|his|"
        r"her|our) (?:hair|ears?|arms?)\b(?! out)|"
        # Injuries nobody explains, or explains badly.
        r"\b(?:bruis\w*|marks|burns?|injur\w*|black eye|cuts) (?:\S+ ){0,10}?(?:says?|said) (?:he|she|"
        r"they) (?:fell|slipped|walked into|bumped)\b(?:\s\S+){0,6}?\s(?:but|will not|won'?t|does not|"
        r"doesn'?t|not)|\b(?:bruis\w*|marks|burns|injuries) (?:\S+ ){0,6}?(?:will not|won'?t|can not|does "
        r"not|doesn'?t|would not|did not) (?:say|tell|explain|talk about)|\b(?:keeps?|always) (?:getting|"
        r"coming (?:home|in|to school) with|has) (?:new )?(?:bruises|marks|injuries|burns)|"
        r"\b(?:bruises?|marks) (?:\S+ ){0,4}?(?:shape of|like) (?:a )?(?:hand|fingers|belt|fingertips)|"
        r"\bblack eye\b(?! (?:\S+ ){0,4}?(?:from|off|at|in) (?:a |the |his |her |my )?(?:\w+ )?(?:ball|"
        r"fall|game|match|door|accident|trampoline|football|cricket|rugby|boxing|pe|training|playground|"
        r"operation|surgery))|"
        r"\b(?:was|were|been|being|get|gets|got) (?!verbally|racially)(?:\w+ )?abused\b|\babus(?:ed|es|ing) "
        r"(?:me|her|him|us|them|my \w+)\b|\babuser\b",
    ),
    SEXUAL_ABUSE: (
        r"\b(?:shows?|showed|showing|sends?|sent) (?:me |us |her |him )?(?:\w+ )?(?:pictures|photos|"
        r"videos|pics|films) of (?:naked|nude|people with no clothes)|\bnaked (?:people|men|women|"
        r"ladies|pictures|photos)\b|"
        r"\b(?:forc\w*|pressur\w*) (?:me|her|him|us) (?:to )?(?:do|touch) (?:\w+ )?(?:things|"
        r"stuff|him|her|it)\b(?! (?:\S+ )?(?:round|around|in) the house)|\bmakes? (?:me|her|him) touch "
        r"(?:him|her|it|his|hers)|\btouch\w* (?:me|her|him) (?:\w+ )?(?:under|inside|down) (?:my|her|his) "
        r"(?:clothes|top|shirt|dress|nightie|pyjamas|jumper|skirt|knickers|pants)|\b(?:makes?|made|"
        r"making) (?:me|her|him) sit on (?:his|her) (?:lap|knee)|\b(?:said|says|told (?:me|her|him)) "
        r"(?:to )?(?:do not|dont|never|not to|to not) tell\b(?!(?:\s\S+){0,5}?\s(?:surprise|present|party|"
        r"birthday|gift))",
    ),
    ONLINE_GROOMING: (
        r"\b(?:grown|older|adult|old) (?:man|men|guy|guys|bloke|woman|lady|adult)s? (?:\S+ ){0,5}?"
        r"(?:messag\w*|talk\w*|chat\w*|snap\w*|dm\w*|add\w*|follow\w*|text\w*|video call\w*)\b|"
        r"\b(?:someone|somebody|a man|this guy|a guy|he|an adult|a stranger|this man) (?:\w+ )?(?:keeps?|"
        r"kept|has been|is|was|always) (?:messag|text|snap|dm|call|ring|add)\w* (?:me|her|him|my \w+)"
        r"(?:\s\S+){0,8}?\s(?:'?babe|baby|sexy|beautiful|gorgeous|at night|at \d+ ?am|\d+ ?am|late|all "
        r"night|secret|pics?|photos?)|\b(?:ask\w*|wants? to know) (?:me |her |him )?(?:what (?:i'?m|im|i am|"
        r"she'?s|shes|she is|he'?s|he is) wearing|"
        r"where (?:i|she|he) (?:live|lives|go to school|goes to school)|if (?:i'?m|im|i am|she'?s|shes|"
        r"she is) (?:alone|home alone|on my own|on her own))\b|"
        r"\b(?:do|did|doing|does) (?:\w+ )?(?:stuff|things|it|something) on (?:camera|cam|webcam|video|"
        r"facetime|live|stream)|\b(?:undress|strip|take (?:my|her|his) (?:clothes|top) off) (?:\S+ )"
        rf"{{0,3}}?on (?:camera|cam|webcam|video|facetime)|\bolder (?:man|men|guy|guys|lad|boy|bloke|"
        rf"woman|girl) (?:on|from|off) {ONLINE}\b|"
        r"\b(?:secret|second|hidden) (?:phone|account|snap|insta|profile)\b(?:\s\S+){0,10}?\s"
        r"(?:messag\w*|talk\w*|man|guy|older|adult)|\bthe only (?:one|person|people) (?:who|that) "
        r"(?:understands?|gets|cares?|loves?) (?:him|her|me)",
    ),
    EXPLOITATION: (
        r"\b(?:hold|holding|holds|keep|keeping|keeps|hide|hiding|hides|stash\w*|look\w* after|mind\w*) "
        r"(?:stuff|things|packages?|parcels?|a bag|bags|it|something|drugs|gear|a package|money) "
        r"(?:\S+ ){0,4}?for (?:them|him|some|older|these|those|people|a (?:mate|friend)|mates|friends)\b|"
        # Cuckooing.
        r"\b(?:took|take|taken|taking|takes) over (?:my|his|her|our|the|their) (?:flat|house|place|home)|"
        r"\b(?:sell|selling|sold|sells|deal|dealing|deals) (?:drugs )?(?:from|out of) (?:my|his|her|our|"
        r"the|their) (?:flat|house|place|home)|"
        # Sent away to sell.
        r"\b(?:another|a different|other|different) (?:towns?|cities|city|places?|areas?)(?:\s\S+){0,10}?"
        r"\s(?:selling|dealing|shotting|shifting|grafting|could not leave|can not leave|not allowed to "
        r"leave|stuck)|\b(?:selling|dealing|shotting|shifting|grafting|working for (?:them|older)) "
        r"(?:\S+ ){0,8}?(?:another|a different|other|different) (?:towns?|cities|city|places?|areas?)|"
        r"\b(?:go|going|gone|went|goes) (?:country|ot)\b|\bout of town (?:for|with) (?:them|older|some)|"
        # Gifts that bind: drink, drugs, lifts, money; then what is expected.
        r"\b(?:give|gives|gave|giving|buy|buys|bought|get|gets) (?:me|us|her|him|them) (?:free )?"
        r"(?:vodka|alcohol|drink|drinks|weed|drugs|pills|cigarettes|vapes?|lifts|a lift|money|cash)\b"
        r"(?:\s\S+){0,10}?\s(?:expect|owe|pay (?:it )?back|in return|go with|sleep with|their mates|"
        r"for (?:them|it))|\bexpect\w* (?:me|us|her|him) to (?:go with|sleep with|have sex|pay|return "
        r"the favour|hold|carry|sell|do)\b|"
        r"\b(?:found|picked up|arrested|stopped|caught) (?:\w+ ){0,6}?(?:with|carrying) (?:\w+ )?(?:drugs|"
        r"weed|cash|a knife|knives)|\b(?:drugs|weed|cash) (?:\w+ ){0,2}?(?:hidden|stashed|plugged) "
        r"(?:on|in) (?:him|her|his|their)",
    ),
    MISSING: (
        r"\b(?:do not|does not|never|will not|won't|wont) (?:go|come|goes|comes) home "
        r"(?:some|most|at|all|every|till|until|on)\b|\b(?:nobody|no one|no-one|noone) (?:\w+ )?"
        r"(?:comes?|came|looks?|looked|goes|went|bothers?|bothered) (?:to )?(?:find|look for|looking "
        r"for|find out where) (?:me|us|him|her)|\b(?:comes?|came|turns? up|turned up) (?:back|home) "
        r"(?:\w+ ){0,3}?(?:days later|the next (?:day|morning|night)|after (?:\d+|two|three|a few) "
        r"(?:days|nights))|\b(?:out|gone) (?:till|until) (?:\d+ ?am|the early hours|morning|the next "
        r"day)|\bhide (?:\w+ )?in the (?:woods|park|fields)(?:\s\S+){0,6}?\s(?:till|until|all|nobody)",
    ),
    NEGLECT: (
        # Hunger.
        r"\b(?:skip|skipping|skipped|miss|missing) (?:\w+ )?meals?\b(?:\s\S+){0,6}?\s(?:so|kids|"
        r"children|money|afford)|\bliving (?:off|on) (?:toast|crisps|noodles|cereal|biscuits|bread|pot "
        r"noodles|chips|nothing|tins|beans)|\bnothing in the (?:fridge|cupboards?)|\b(?:fridge|"
        r"cupboards?) (?:is |are )?(?:always )?(?:bare|empty)|\bempty (?:fridge|cupboards)|"
        r"\bdirty and hungry|\bhungry and dirty|"
        # The school notices.
        r"\b(?:comes?|came|turns? up|arrives?|goes|sent) (?:in|into school|to school) (?:\w+ ){0,2}?"
        r"(?:dirty|hungry|smelly|unwashed|starving|without (?:a coat|breakfast|lunch))|\bschool (?:\w+ )?"
        r"(?:saying|said|says|noticed|rang|called|told (?:me|us)) (?:\S+ ){0,6}?(?:dirty|hungry|smell\w*|"
        r"unwashed|not eating|losing weight|nits|lice|no coat|no lunch|same clothes)|"
        # Cold, and the gas and electric off.
        r"\b(?:electric|electricity|gas|heating|meter)(?: has| is| was| got| had| went)?(?: been)? (?:off|"
        r"cut off|disconnected|run out|ran out|no credit)\b(?! (?:for (?:a|an) (?:hour|minute)|in the "
        r"storm))|"
        r"\b(?:in|wear\w*) (?:our|their|my|his|her) coats (?:in|indoors|inside|to bed|all day)|"
        r"\b(?:go|going|went|goes) to bed in (?:their|our|my|his|her) coats|"
        # Hygiene and clothes.
        r"\b(?:clothes|uniforms?|jumper) (?:are|is|were|was) (?:always |really |so )?(?:smelly|dirty|"
        r"filthy|stinky|minging|too small|ripped|torn)|\b(?:will not|won't|do not|dont) sit (?:next to|"
        r"near|with) me (?:\w+ )?(?:because|cos|coz|as) (?:i|my)|\b(?:no one|nobody|no-one) (?:has )?"
        r"(?:washed|washes|wash) (?:our|my|their|his|her) (?:uniforms?|clothes)|\b(?:mould|damp|mold) "
        r"(?:all )?(?:over|on|up) (?:the|my|our|their) (?:bedroom|room|cot)|\b(?:nappy|nappies) (?:is |are )?"
        r"(?:hardly ever|never|not|rarely|not been|is not) (?:\w+ )?changed|\b(?:same|dirty|soaking|full) "
        r"nappy (?:all|for)|"
        # Left alone, or left in a child's care.
        rf"\b(?:{_YOUNG}|little|young|baby|kids|children)(?:\s\S+){{0,6}}?\s(?:home|in the house|in "
        r"the flat|at home|indoors) (?:\w+ )?(?:on (?:my|his|her|their|our) own|by (?:my|him|her|them|"
        r"our)sel\w*|alone)|\b(?:left|leaves?|leaving) (?:\w+ ){0,4}?with (?:me|my (?:brother|sister)|"
        r"her brother|his sister)(?:\s\S+){0,4}?\s(?:i'?m|im|i am|he'?s|she'?s|hes|shes|who is|aged|"
        rf"only) (?:only )?{_YOUNG}\b|\b(?:my )?(?:eldest|oldest) (?:\w+ )?(?:gets?|takes?|feeds?|"
        r"looks? after|dresses) (?:the )?(?:little ones|younger ones|kids|baby|little|younger)|"
        rf"\b{_PARENT} (?:\w+ ){{0,2}}?(?:sleeps|stays in bed|is in bed|in bed) (?:all day|till|until|"
        r"most days|every day)|\b(?:make|makes|made|making|get|gets) (?:my|our) own (?:breakfast|tea|"
        r"dinner|food|lunch|meals|packed lunch)(?:\s\S+){0,6}?\s(?:and (?:my|our) (?:baby|little|"
        r"younger)|because|cos|coz|nobody|no one)|"
        # Doctors and dentists.
        r"\b(?:nobody|no one|no-one|never|not|does not|doesn't) (?:\w+ )?(?:takes?|took|taken|brings?) "
        r"(?:me|us|him|her|them|the kids|my \w+) (?:\w+ )?to (?:the |a )?(?:dentist|doctor|doctors|gp|"
        r"hospital|optician|appointments?)|\b(?:tooth|teeth) (?:\w+ ){0,3}?(?:hurt|hurts|ache|aching) "
        r"(?:\S+ ){0,4}?(?:weeks|months|ages|nobody|no one|never)|\btoothache (?:for|since) (?:weeks|"
        r"months|ages)",
    ),
    SUBSTANCE_MISUSE: (
        r"\b(?:can not|cannot|could not) get up (?:\w+ ){0,4}?(?:because of|cos of|coz of|from|after) "
        r"(?:the )?(?:pills|tablets|drink|drinking|meds|methadone|gear|drugs|hangover)|"
        r"\b(?:gets?|got|getting) (?:\w+ )?(?:drunk|wasted|smashed|hammered|plastered|high|stoned) "
        r"(?:\w+ ){0,2}?(?:every|each|most|all) (?:night|day|weekend|evening)|\bpass(?:es|ing)? out\b"
        r"(?! (?:at|from|after|in|during) (?:the |a )?(?:heat|exam|injection|blood test|hospital|a&e|"
        r"ward|clinic|pain|shock|appointment))|\b(?:tablets|pills|meds|drink|drinking|vodka|methadone) "
        r"(?:\S+ ){0,6}?(?:asleep|sleeps?|sleeping|in bed|passed out|out of it) (?:\w+ ){0,2}?(?:all day|"
        r"for hours|till|until|most)|\bempty (?:bottles|cans|vodka bottles)\b(?:\s\S+){0,4}?\s"
        r"(?:everywhere|all over|under|hidden|every)|\b(?:hides|hid|hiding|hidden) (?:\w+ ){0,2}?"
        r"(?:bottles|cans|vodka)|\b(?:mum|mummy|mam|dad|daddy|stepdad|step dad|my partner)(?:'?s| is| "
        r"was| gets?| starts?)? (?:\w+ )?slurr(?:ing|s|ed)\b|\b(?:too )?(?:hung ?over|hangover|drunk|"
        r"high|wasted|out of it|off (?:her|his) face) to (?:take|get|pick|look after|make|feed|wake|"
        r"drive|do)\b|\b(?:burnt |burned )?foil (?:\S+ ){0,4}?(?:bathroom|bedroom|everywhere|lighter|"
        r"straws?|needles)|\b(?:straws|spoons|lighters|baggies) (?:and|&) (?:foil|needles|straws|spoons)",
    ),
    HOMELESSNESS: (
        r"\b(?:landlord|landlady|council|housing|bailiffs?)(?:\s\S+){0,6}?\s(?:changed the locks|locked us "
        r"out|evict\w*|kicked us|wants? us out|told us to (?:leave|go|get out)|gave us (?:\w+ )?"
        r"(?:notice|weeks|days) to)|\bbailiffs\b|"
        r"\b(?:sleep\w*|slept|stay\w*|living|live|kip\w*|crash\w*) (?:\S+ ){0,3}?on (?:my|our|a|her|his|"
        r"their|someone|friends|mates|\w+)(?: \w+)?'?s? (?:sofa|settee|couch|floor|air ?bed|blow[- ]up "
        r"bed)\b(?! (?:\S+ ){0,3}?(?:den|sleepover|camping|for fun|party|christmas))|"
        r"\b(?:sleep\w*|slept|stay\w*|liv\w*) (?:at|in) (?:a )?different (?:houses?|places?|beds?|flats?) "
        r"(?:every|each|most) (?:week|night|few)|\bmoving (?:around|between) (?:\w+ )?(?:houses|"
        r"friends|family|places|sofas)",
    ),
    FORCED_MARRIAGE: (
        r"\b(?:family|parents|dad|mum|uncle|they|father|mother|relatives|aunt\w*)(?:'?ve| have| has| "
        r"had)? (?:\w+ )?(?:arrang\w*|picked|chose|chosen|found|sorted|planned|planning|booked) "
        r"(?:\w+ ){0,2}?(?:my|her|his) (?:wedding|marriage|husband|wife|rishta|match|engagement)|"
        r"\b(?:i'?m|im|i am|she'?s|shes|she is|he'?s|hes|he is|aged) (?:only )?(?:1[0-7]|[5-9])\b"
        r"(?:\s\S+){0,12}?\s(?:marr\w*|wedding|engaged|engagement|husband|wife|bride|rishta|nikah)\b|"
        r"\b(?:disown\w*|cut (?:me|her|him) off|kick (?:me|her|him) out) (?:\w+ ){0,3}?if (?:i|she|he) "
        r"(?:say no|refuse|do not|don't|dont|will not|won't)|\bthe (?:man|boy|guy|girl|woman|person|"
        r"cousin) (?:they|my parents|my family|dad|mum)(?:'ve| have)? (?:picked|chose|chosen|found|want "
        r"me to (?:marry|meet))|\b(?:been|was|were|is|am|being|'?m) promised to (?:a |an |my |his |her |"
        r"their )?(?:man|men|boy|cousin|husband|wife|someone|somebody|him|family|older)\b|"
        r"\b(?:passport|flights?|tickets?)(?:\s\S+){0,12}?\s(?:marr\w*|wedding|engagement|engaged|"
        r"rishta|nikah)|\b(?:not (?:going|allowed) (?:back )?to (?:school|college|sixth form|uni)|leave "
        r"school|taken out of school)(?:\s\S+){0,8}?\s(?:marr\w*|wedding|engaged)",
    ),
    FGM: (
        r"\b(?:all|every|the) (?:the )?(?:girls|women|females|daughters) (?:in (?:our|my|the|her|his) "
        r"(?:family|community|village|culture|tribe) )?(?:have|had|get|got|must have|need to have|should "
        r"have) (?:it|this|that) done|\b(?:have|had|get|getting|got) (?:it|this|that) done (?:\S+ ){0,6}?"
        r"(?:girls|daughter|sister|when (?:she|i) (?:was|were|is|turns))|"
        r"\b(?:lady|woman|women|cutter|aunt\w*|grandmother|nan|elder|midwife) (?:\w+ ){0,4}?(?:coming|"
        r"come|comes|came|will|to) (?:to )?(?:do|cut|see to|clean) (?:the|my|our|all the) (?:girls|"
        r"daughters?|sisters?)\b(?!'?s? (?:\w+ )?(?:hair|nails|make ?up|braids|henna|faces?|photos?))|"
        r"\b(?:they|she|he|someone|a lady|a woman) did (?:it|this|that|something) to (?:me|her|my \w+) "
        r"(?:\S+ ){0,12}?(?:pee|wee|toilet|down there|can not sit|cannot sit)|\b(?:call|calls|called) it "
        r"(?:cutting|the cut|circumcision|being cleaned|purification|sunna|khatna)\b|\bceremony for "
        r"(?:my|her|our|the) (?:\w+ )?(?:daughters?|sisters?|girls?|nieces?)\b(?:\s\S+){0,10}?\s(?:back "
        r"home|abroad|cut\w*|clean|pure)\b|"
        r"\b(?:celebration|ceremony|party|special (?:trip|holiday|day)|big day)'?(?:\s\S+){0,8}?\s(?:back "
        r"home|abroad)\b[^.!?]{0,80}?\b(?:will not|won'?t|wont|do not|refuse to|frightened|scared|"
        r"worried|secret)|\b(?:operation|procedure|cut|cutting|something done) (?:\w+ ){0,2}?(?:on|to|"
        r"down) (?:her|my|their) (?:private|privates|down there|bits|private parts|lady parts)",
    ),
    RADICALISATION: (
        r"\b(?:shooters?|bombers?|attackers?|terrorists?|killers?|gunm[ae]n|mass murderers?) (?:\w+ ){0,3}?"
        r"(?:were|was|are|is) (?:\w+ )?(?:heroes|hero|legends?|saints?|right|brave|martyrs?|inspiration|"
        r"idols?)|\b(?:admires?|worships?|idoli[sz]es|looks? up to|obsessed with) (?:the )?(?:shooters?|"
        r"bombers?|terrorists?|columbine|christchurch|breivik|hitler)|"
        rf"\b{GROUP} (?:\w+ ){{0,3}}?(?:should|must|need to|deserve to|ought to) (?:\w+ ){{0,2}}?(?:be )?"
        r"(?:kicked out|thrown out|sent back|deported|punished|hurt|attacked|banned|locked up|go back|"
        r"put in their place|taught a lesson|controlled|suffer|pay)\b|"
        rf"\b{GROUP}\b(?:\s\S+){{0,6}}?\s(?:are|is) (?:\w+ )?(?:dirty|animals|vermin|scum|rats|parasites|"
        r"invaders|disgusting|filth|subhuman|cockroaches|the enemy|taking over|evil)\b|"
        rf"\b{GROUP}\b(?:\s\S+){{0,12}}?\s(?:we|you) should (?:\w+ )?(?:hurt|attack|kill|get rid of|"
        r"fight|burn|punish) them|\bhow to (?:make|build) (?:a )?(?:bombs?|explosives?)",
    ),
    MODERN_SLAVERY: (
        r"\bnever (?:\w+ )?(?:get|gets|got|getting|been|being) paid\b|\b(?:not|no) (?:\w+ )?paid (?:for|in) "
        r"(?:months|years|weeks|ages)|\b(?:work\w*) (?:\S+ ){0,6}?(?:and|but) (?:\w+ )?(?:get|gets|got|"
        r"getting|paid|earn) (?:nothing|no money)|\b(?:debt|what (?:i|we|he|she) owe)\b(?:\s\S+){0,3}?\s"
        r"(?:is |has )?(?:not|never) (?:\w+ )?(?:paid|cleared|finished|go(?:es)? down)|"
        r"\b(?:sleep|sleeps|slept|sleeping|live|lives|living|stay|staying) (?:\S+ ){0,4}?(?:at|in|behind|"
        r"above|upstairs|in the back of|on the floor of) (?:at |in |from )?(?:the )?(?:car ?wash|nail "
        r"bar|nail salon|takeaway|restaurant|factory|farm|warehouse|workplace|site|salon)|\b(?:sleep|live|"
        r"stay)\w* (?:\S+ ){0,6}?where (?:we|i|they|she|he) work|\b(?:nail bar|car ?wash|takeaway|"
        r"farm)\b(?:\s\S+){0,8}?\s(?:live upstairs|never allowed|not allowed|no pay|not paid)|"
        r"\b(?:brought|bring|took|smuggled|came) (?:me|us|her|him|them) (?:\w+ ){0,2}?from (?:vietnam|"
        r"albania|romania|eritrea|nigeria|china|sudan|somalia|afghanistan|iraq|iran|syria|another "
        r"country|abroad|overseas|back home)|\bhouse full of (?:lights|plants)|\b(?:cannabis|weed) "
        r"(?:farm|factory)|\bgrow ?house\b|\b(?:work\w*|labour\w*|clean\w*|hours)\b(?:\s\S+){0,8}?\s"
        r"(?:for|in exchange for|just for|only for) (?:food|a bed|a mattress|bed and board|(?:my|his|her|"
        r"their|our) keep|a roof|somewhere to sleep)\b|\b(?:hurt|harm|kill|find|come after) (?:our|my|"
        r"his|her|their) (?:family|families|parents|mum|kids) (?:back home|abroad)|"
        r"\b(?:never|are not|aren't|is not|isn't) (?:ever )?allowed (?:out|to (?:go )?out|to leave|"
        r"outside)",
    ),
    WEAPONS: (
        r"\b(?:hit ?list|kill ?list)\b|\blist of (?:people|names|kids|students|teachers)(?:\s\S+){0,6}?\s"
        r"(?:deserve|hate|going to|gonna|will|pay|get)|\b(?:deserve|deserves|get|gets|got) what(?:'?s| "
        r"is) coming|\b(?:make|made) (?:them|everyone|people) (?:all )?pay\b|"
        r"\b(?:they'?ll|they will|everyone will) (?:all )?(?:pay for (?:this|it|what)|be sorry|regret it)|"
        r"\b(?:hurt|hurts|hurting|kick\w*|hit|hits|hitting|strangl\w*|squeez\w*|throw\w*|burn\w*|"
        rf"drown\w*) (?:the|our|my|his|her|a|next door'?s?) {PET}\b|"
        r"\b(?:talks?|talking|talked|thinks?|thinking|thought|fantasi\w*|dreams?) about (?:killing|"
        r"stabbing|shooting|hurting|attacking|bombing) (?:people|someone|somebody|them|kids|everyone|"
        r"other)|\b(?:carry|carries|carrying) (?:\w+ )?(?:knife|blade|weapon)s? (?:for|as) protection",
    ),
}

# A second round of families, from phrasings the first round missed (a burden "if I wasn't around",
# hidden blades, wages handed over, finger marks, new chains at 13, empty beds, hit lists, fires).
_MORE: dict[str, tuple[str, ...]] = {
    SUICIDAL: (
        r"\b(?:better off|fine|happier|better) (?:\w+ ){0,4}?if i (?:was not|were not|wasnt|weren't) "
        r"(?:here|around|alive)|\b(?:do not|dont) think (?:i'?ll|i will|ill) (?:make it|be (?:here|"
        r"around|alive)|last|survive)|\b(?:will not|won'?t|wont) make it to (?:my|christmas|next|the end)|"
        r"\b(?:crash\w*|driv\w*|drove) (?:\w+ ){0,3}?(?:car|into|off) (?:\w+ ){0,3}?on purpose|"
        r"\b(?:think|thinking|thought) about (?:crashing|jumping|drowning|overdosing|hanging|walking into|"
        r"stepping in front)|\b(?:no|not (?:a|any)|what(?:'?s| is) the) (?:\w+ )?reason (?:for me )?to "
        r"(?:keep going|live|go on|carry on|be here|be alive|wake up|stay|exist|keep living)|"
        r"\b(?:can not|cant|do not know how to|dont know how to) (?:keep going|go on|carry on) (?:any ?more|"
        r"like this)",
    ),
    SELF_HARM: (
        r"\b(?:punches|punched|slaps|slapped|smacks|smacked|hits|bites|pinches|pinched|scratched|"
        rf"strangles|chokes) {SELF}|\b(?:sharpener|razor|compass) (?:blades?|taken apart|broken apart|"
        r"broken open)|\b(?:took|taken|takes|broke|broken) (?:apart|open) (?:a |her |his |my )?"
        r"(?:sharpener|razor)s?|\b(?:drink|drank|drinks|drinking|swallow\w*) (?:\w+ )?(?:bleach|batteries|"
        r"washing (?:up )?liquid|detergent|anti-?freeze|poison)|\bto (?:make (?:myself|herself|himself) )?"
        r"feel (?:something|the pain|real|numb)\b",
    ),
    DOMESTIC_ABUSE: (
        r"\b(?:decides?|decided|chooses?|chose|controls?|picks?) (?:\w+ )?(?:what (?:i|she) (?:can |am "
        r"allowed to |should )?(?:wear|eat|say|do|spend|buy)|who (?:i|she) (?:can |am allowed to )?(?:see|"
        r"talk|speak|text)|where (?:i|she) (?:can )?go)|\b(?:hand|hands|handing|give|gives|giving) "
        r"(?:over )?(?:all )?(?:my|her) (?:wages|money|pay|benefits|card|bank card|child benefit|universal "
        r"credit) (?:over )?to (?:him|her|my partner|my husband)|\b(?:mum|mummy|mam|she)\b(?:\s\S+){0,4}?"
        r"\s(?:has|had|got|with) (?:\w+ )?(?:bruises|black eyes?|a black eye|marks|cuts)\b(?:\s\S+){0,8}?"
        r"\s(?:says?|said|walked into|fell|he|him|dad|daddy|boyfriend)\b",
    ),
    PHYSICAL_ABUSE: (
        r"\b(?:finger ?marks|hand ?marks|slap marks|belt marks|grab marks|fingertip bruises)\b|"
        r"\b(?:marks|bruises?|burns?|injur\w*) (?:\S+ ){0,6}?(?:after|since|when|from) (?:staying|being|"
        r"going|coming back|visits?|contact|seeing) (?:\w+ ){0,3}?(?:dad|dads|mum|mums|nan|grandad|uncle|"
        r"stepdad|his|her|their)\b",
    ),
    SEXUAL_ABUSE: (
        r"\b(?:game|games|tickl\w*) (?:\S+ ){0,6}?(?:under the (?:covers|duvet|blanket|sheets)|in the dark|"
        r"when (?:mum|mummy|nobody|no one) )",
    ),
    ONLINE_GROOMING: (
        rf"\b(?:met|meet|meeting) (?:up with )?(?:someone|somebody|a man|a guy|a boy|a girl|him|her|them|"
        rf"people|a lad) (?:\w+ )?(?:off|from|on) (?:the |a )?{ONLINE}\b",
    ),
    EXPLOITATION: (
        r"\b(?:new|expensive|designer|gold) (?:\w+ )?(?:chain|trainers|phone|clothes|jacket|bike|watch|"
        r"jewellery|moped|bag)s?\b(?:\s\S+){0,8}?\s(?:(?:he'?s|she'?s|hes|shes|he is|she is|he|she|only) "
        r"(?:1[0-7]|[89])\b|can not afford|cannot afford|never bought|did not buy|no job|from nowhere|"
        r"will not say|does not say|no idea where)|\b(?:boyfriend|girlfriend|bf|gf|friend|mate)s? (?:who'?s|"
        r"whos|who is|who|is|aged|of) (?:1[89]|[2-9]\d)\b|\b(?:man|men|guy|guys|older \w+|adults?|lads) "
        r"(?:\w+ ){0,3}?(?:lets?|let) (?:them|us|her|him|me|kids) (?:stay|hang out|sleep|chill|party) "
        r"(?:at|in|round) (?:his|their|her) (?:flat|house|place)|\b(?:man|men|guy|guys|older \w+|adults|"
        r"lads) (?:\S+ ){0,8}?(?:give|gives|gave|giving|buy|buys|bought) (?:me|us|her|him|them) (?:free )?"
        r"(?:vodka|alcohol|drink|drinks|weed|drugs|pills|cigarettes|vapes?|money|cash)\b|\bdrugs? debts?|"
        r"\b(?:owe|owes|owed) (?:\w+ ){0,2}?(?:dealers?|a dealer)",
    ),
    MISSING: (
        r"\b(?:takes|took|taking) off\b(?:\s\S+){0,8}?\s(?:police|for (?:days|hours|the night)|no idea "
        r"where|do not know where)|\b(?:he|she|they)(?:'?s| is| was)? not in (?:his|her|their) (?:bed|"
        r"room)\b|\b(?:bed|room) (?:is |was )?empty\b|\bempty bed\b|\b(?:so (?:i|he|she) (?:do not|does "
        r"not) have to|rather than|instead of) (?:go|going) (?:back|home)|\b(?:do not|dont|never) "
        r"(?:want|wanna) (?:to )?go (?:back|home)|\b(?:goes|went|going|sneaks?|snuck) out (?:at night|in "
        r"the night|after (?:we|i) (?:go|went) to bed|through the (?:back door|window))|"
        r"\b(?:comes?|came|coming|gets?|got) (?:back|home|in) (?:\w+ )?(?:in the morning|at \d+ ?am|at "
        r"dawn)|\b(?:found|picked up|located|traced) (?:her|him|them|my \w+) (?:\S+ ){0,4}?after "
        r"(?:\d+|two|three|four|a few|several) (?:days|nights|weeks)",
    ),
    RADICALISATION: (
        r"\b(?:civil|race|holy) war (?:\S+ ){0,6}?(?:coming|prepar\w*|stock\w*|ready)|\b(?:coming|prepare "
        r"for|preparing for|ready for) (?:the |a )?(?:civil|race|holy) war|\bday of the rope\b|"
        r"\bboogaloo\b|\bswastikas?\b|\bnazi (?:symbols|flags|salutes?)|\bheil hitler\b|"
        rf"\b{GROUP} (?:are|is) (?:\w+ )?(?:property|objects|inferior|less than)\b|\b{GROUP} "
        r"(?:\w+ ){0,3}?(?:should|must|need to|ought to) (?:\w+ )?(?:obey|submit|serve|be obedient|stay at "
        r"home|not (?:vote|work|be allowed))",
    ),
    WEAPONS: (
        r"\b(?:pour\w*|threw|throws?|kicked|kicks|stamped on|stamps on|strangled|drowned|tortur\w*|burnt|"
        rf"burned) (?:\S+ ){{0,4}}?(?:on |over |at )?(?:the|our|my|his|her|a|next door'?s?) {PET}\b|"
        r"\b(?:lighter|matches|match|flame) to (?:the )?(?:curtains|bed|sofa|carpet|house|school|bin|"
        r"paper|clothes|car|door)|\b(?:set|sets|setting|lit|lights|lighting) (?:the )?(?:curtains|bed|"
        r"sofa|carpet|bin|bins|paper|clothes) (?:on fire|alight)|\b(?:playing|plays|played) with (?:fire|"
        r"lighters|matches)\b(?:\s\S+){0,6}?\s(?:again|keeps?|always|burn\w*|curtains|bed|room)|"
        r"\b(?:carry|carries|carrying|take|takes|took|bring|brings|brought|keep|keeps|kept|has|got) "
        r"(?:\S+ ){0,4}?(?:to protect (?:himself|herself|myself|themselves)|for (?:protection|self[- ]"
        r"defence))",
    ),
}
for _category, _patterns in _MORE.items():
    RULES[_category] += _patterns
