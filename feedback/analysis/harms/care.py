"""Neglect (food, warmth, beds, supervision, hygiene, medical care), parental drinking and drug use, and
homelessness."""

from feedback.analysis.harms.names import HOMELESSNESS, NEGLECT, SUBSTANCE_MISUSE
from feedback.analysis.harms.words import DRINK, DRUG

RULES: dict[str, tuple[str, ...]] = {
    NEGLECT: (
        r"\b(?:no|not have|do not have) (?:any )?clean (?:clothes|uniform|pants|socks)|\b(?:cries|crying|"
        r"cried|screams) (?:\w+ ){0,3}?(?:and|but) (?:nobody|no one|no-one) (?:comes|came|goes|picks|helps)",
        r"\b(?:do not|don't|dont|does not|doesn't|no) (?:have )?(?:a |any )?(?:coats?|shoes|warm clothes|"
        r"winter coats?|school shoes)\b|\b(?:get|make|makes|cook) (?:our|my|their) own (?:tea|dinner|food|"
        r"meals)(?: \w+){0,2}? (?:every|each|most) (?:night|day)",
        r"\b(?:have not|had not|not) (?:had|got) (?:any )?(?:electric|electricity|gas|heating|hot water|"
        r"food) "
        r"(?:for|since|in)|\bnever (?:takes?|took|taken|gets?) (?:me|him|her|us|them) to (?:the |a )?"
        r"(?:doctor|dentist|gp|hospital|optician)|\b(?:mum|mummy|dad|daddy|she|he) (?:\w+ ){0,2}?(?:does "
        r"not|doesn't|did not|didn't|won't|will not|can not) wake up",
        r"\b(?:go|goes|going|went|gone) without (?:tea|dinner|food|breakfast|meals?|eating|lunch)|"
        r"\b(?:get|gets|got|getting) (?:my|our) (?:little |baby |younger )?(?:brother|sister|siblings|"
        r"brothers|sisters) (?:ready|up|dressed)|\b(?:mum|dad|mummy|daddy|she|he) (?:does not|doesn't|"
        r"never|will not|won't) get (?:up|out of bed)|\bno (?:sheets|bedding|duvet|blankets)\b|"
        r"\bmattress on the floor|\b(?:can not|can't|cant|could not) afford (?:\w+ )?(?:nappies|food|milk|"
        r"formula|to eat|electric|gas|heating|to feed)|\b(?:has not|hasn't|not|never) been (?:to|in) "
        r"school (?:for|in|since)|\b(?:nobody|no one|no-one) (?:\w+ )?(?:helps?|gives?|reminds?) (?:me|"
        r"him|her) (?:\w+ )?(?:with )?(?:my|his|her) (?:\w+ )?(?:injections?|insulin|medicine|meds|"
        r"medication|"
        r"inhaler|tablets)",
        r"\b(?:does not|doesn't|never|will not|won't|can not) (?:wake|get) up (?:to|for|in time)|"
        r"\b(?:can not|can't|cant|could not|couldn't) wake (?:her|him|mum|dad|mummy|daddy|them)\b|"
        r"\bsame (?:nappy|clothes|pants|uniform) (?:\w+ ){0,2}?(?:all|for) (?:day|days|week|weeks)|"
        r"\b(?:have not|not|never) (?:had anything to )?eat(?:en)? (?:since|for|all)|"
        r"\b(?:mum|dad|mummy|daddy|parents) (?:is|are|was|were|goes|go|went|stays?) out (?:\w+ )?"
        r"(?:all night|every night|till (?:late|morning)|overnight)|\blook(?:s|ing)? after (?:my|our|"
        r"the) (?:baby |little |younger )?(?:sister|brother|siblings|brothers|sisters|baby) (?:\w+ ){0,3}?"
        r"(?:all night|on my own|every night|by myself)|\b(?:full of|covered in) (?:\w+ )?(?:rubbish|"
        r"dog mess|dog poo|poo|filth|rats|mice|bin bags|cockroaches)|\bnever (?:been|taken (?:him|her|"
        r"them)) to (?:the |a )?(?:dentist|doctor|gp|optician)",
        r"\bno food\b|\b(?:not|never) (?:got|have) (?:any )?food\b|\bnothing to eat\b|"
        r"\b(?:always|often|go|goes|going|went|gone) hungry\b|\bhungry (?:at|in|all) (?:school|the "
        r"time|day|night)|\bno (?:electric|electricity|gas|heating|hot water|beds?|mattress|nappies|"
        r"clean clothes|clean uniform|shoes that fit|coat|warm clothes)\b|\b(?:do not|don't|dont) have "
        r"(?:a |any )?(?:beds?|mattress|food|heating|nappies)\b|"
        r"\b(?:leave|leaves|left|leaving) (?:us|me|them|the kids|him|her|my \w+|my \d+ (?:year|yr) "
        r"old|the baby|the children|our \w+) (?:\w+ )?(?:on (?:our|my|their|his|her) own|alone|home "
        r"alone|by (?:our|my|him|her|them)sel\w*|in the car|with no one)|\bhome alone\b|"
        r"\bon (?:our|my) own all (?:night|day|weekend)|\bno one (?:else )?(?:to (?:watch|look after|"
        r"mind|have)|looking after)|"
        r"\b(?:clothes are|clothes were) dirty|\bdirty clothes\b|\bsmell(?:s|y)? (?:at school|because|"
        r"of wee|of pee|bad)|\bhead lice\b|\bnits\b(?:\s\S+){0,4}?\s(?:months|weeks|ages|never)|"
        r"\bsleep(?:s|ing)? on the floor\b(?! (?:\S+ ){0,3}?(?:den|sleepover|camping|tent|for fun))|"
        r"\bnobody (?:makes|cooks|gives) (?:me|us) (?:tea|dinner|food|breakfast|lunch)|\bfind food "
        r"(?:myself|ourselves)|\b(?:days|weeks) without (?:a |any )?(?:proper )?(?:meal|food|eating|"
        r"dinner|tea)|\bwithout (?:a |any )?(?:proper )?(?:meal|food|dinner) for\b|"
        # Medical and dental neglect.
        r"\b(?:rotten|rotting|decayed|black) (?:tooth|teeth)|\b(?:tooth|teeth) (?:\w+ ){0,4}?(?:rotten|"
        r"rotting|decayed|black)|\b(?:stopped|stop|not|never|forgets?|forgot|won't|will not) "
        r"(?:getting|giving|collecting|buying|picking up|get|give|collect|buy) (?:me |him |her )?(?:my|"
        r"his|her|their|the) (?:inhaler|medicine|meds|medication|tablets|prescription|insulin|"
        r"epipen|glasses|hearing aid)|\b(?:can not|can't|cant|could not|no money (?:for|to)|never|not) "
        r"(?:\w+ ){0,3}?(?:get|take|took) (?:him|her|them|my \w+|the kids|the children|the baby|us) "
        r"(?:\w+ )?to (?:the |a )?(?:dentist|doctor|"
        r"gp|hospital|optician)|\b(?:missed|misses|miss|never (?:go|went) to) (?:\w+ ){0,2}?"
        r"(?:hospital|doctor|dentist|medical|clinic) appointments?\b(?!.{0,40}(?:rearranged|moved|"
        r"sorted|because the centre))|\b(?:asthma|eczema|infection|rash|ear|tooth) (?:\w+ ){0,3}?"
        r"(?:keeps getting worse|getting worse and)",
        # Nobody feeding or caring for a child: "nobody feeds us", "forgets to feed us", "there
        # is never any food". Not "fed up", "fed back", pets, breast- or bottle-feeding, or food
        # at a group.
        r"\b(?:nobody|no one|no-one|noone|never|not|hardly ever|rarely) "
        r"(?:(?!breast|bottle)\w+ ){0,2}?(?:feeds?|fed|feeding)\b(?! (?:up|back)\b)"
        r"(?! (?:the |our |my )?(?:dogs?|cats?|fish|rabbits?|hamsters?|pets?|birds|ducks|"
        r"meter)\b)|"
        r"\b(?:forgets?|forgot|forgotten|forgetting) (?:to |about )?(?:feed(?:ing)? (?:me|us|them|him|"
        r"her|the (?:kids|children|baby|boys|girls)|my \w+)|pick(?:ing)? (?:me|us|them|him|"
        r"her) up|collect(?:ing)? (?:me|us|them|him|her)|(?:me|us|them|the kids|the baby)\b)|"
        r"\b(?:never|not|hardly|hardly ever|rarely|no) (?:(?!liked?\b|likes\b|enjoy|fancy|fancied|want)\w+ "
        r"){0,2}?(?:any|enough|a proper|proper) "
        r"(?:food|dinner|breakfast|meals?|to eat)\b(?! (?:parcels?|banks?|vouchers?)\b)"
        r"(?! (?:\S+ ){0,3}?(?:at|in|on) (?:the |a )?(?:group|party|session|event|club|trip|"
        r"centre|course|picnic|meeting|school|cafe)\b)|"
        r"\b(?:go|goes|went|going|sent) to (?:bed|school) (?:hungry|starving|without "
        r"(?:tea|dinner|food|breakfast|eating|any))|"
        r"\b(?:nobody|no one|no-one|noone) (?:\w+ )?(?:looks? after|cares? for|takes? care "
        r"of|washes|bathes|baths|gets (?:me|us) up|takes (?:me|us) to school) (?:me|us|them|"
        r"him|her|the (?:kids|children|baby)|my \w+)|"
        r"\bfend for (?:myself|ourselves|themselves|himself|herself)\b|"
        r"\b(?:can not|not allowed to|do not|don't|never|stopped) (?:go|going) to school\b",
    ),
    SUBSTANCE_MISUSE: (
        r"\bfunny (?:smelling |smelly )?(?:cigarettes?|smoke|fags?|roll ?ups?)|\b(?:cigarettes?|smoke) "
        r"(?:that )?smells? funny",
        r"\b(?:heavy|big|problem|secret|binge|daily) drinker|\b(?:is|was) a drinker\b",
        r"\b(?:drinks?|drinking|drank) (?:\w+ ){0,2}?(?:until|till|so much) (?:\w+ )?(?:falls? over|"
        r"fell over|"
        r"passes out|passed out|is sick|collapses)|\b(?:cocaine|coke|crack|heroin|drug|drugs|alcohol|"
        r"drinking|weed|cannabis) (?:use|habit|problem|addiction)",
        r"\bdrinking since (?:the )?(?:morning|breakfast|\d|first thing|she woke|he woke)|\bdrinking (?:all|"
        r"every) (?:day|morning|night)|\bsmells? (?:funny|of (?:drink|alcohol|beer|wine|booze|weed|"
        r"smoke))",
        r"\b(?:falls? over|falling over|fell over|sleeps?|falls? asleep|shouts?|gets? (?:mean|nasty|"
        r"angry|scary)|goes funny|acts funny) (?:\w+ ){0,2}?(?:when|after|because) (?:he|she|mum|dad|"
        r"mummy|daddy) (?:\w+ )?(?:drinks|has a drink|drunk|smokes|takes)|\b(?:smelly|funny|special|"
        r"grown ?up|naughty|silly) (?:drink|juice|smoke|cigarettes?|sweets|powder)|\busing again\b|"
        r"\b(?:can not|can't|cant|could not|couldn't) wake (?:her|him|mum|dad|mummy|daddy|them)\b",
        r"\b(?:always|often|usually|keeps? getting|every (?:day|night)|constantly|all the time) "
        r"(?:\w+ )?(?:drunk|high|stoned|wasted|smashed|mashed|off (?:her|his|their|my) (?:heads?|"
        r"faces?|tits|nut)|passed out)|\bpassed out\b(?! (?:at|from|after) (?:the |a )?(?:heat|exam|"
        r"injection|blood test|hospital))|\boff (?:his|her|their|my) (?:face|head|heads|faces|tits|"
        r"nut|trolley)\b|\b(?:always|often|usually|every night|every day|all day) drinking\b|"
        r"\bneedles? (?:\w+ ){0,2}?(?:in|on|around|under) (?:the|our|my|his|her) (?:bathroom|house|"
        r"floor|bedroom|kitchen|sofa|bed|table|flat)|"
        r"\b(?:a|one|two|three|\d+|half a) (?:bottles?|litres?|cans|crates?) (?:of \w+ )?(?:a|every|"
        r"each) (?:day|night)|\b(?:drink|drinks|drinking|drank) (?:\w+ ){0,4}?to (?:get through|cope|"
        r"numb|forget|sleep)|\b(?:drinks|drinking|drank) (?:\w+ ){0,4}?(?:every (?:day|night|morning)|"
        r"in the morning|before (?:the school run|school|work))|\brelaps\w* (?:on|with|into|back on|"
        rf"back into) (?:the )?(?:{DRUG}|{DRINK}|using)|\b(?:relapsed|using again|back on)\b"
        rf"(?:\s\S+){{0,3}}?\s{DRUG}|"
        rf"\b(?:takes?|taking|took|does|doing|did|snort\w*|sniff\w*|smok\w*|inject\w*|using|uses|"
        rf"used|on|buys?|bought|score\w*|hooked on|addicted to|withdrawal from|coming off) (?:his |her "
        rf"|their |my |the |some )?(?:{DRUG})\b|"
        r"\b(?:on|back on|hooked on|addicted to) (?:the )?(?:drink|booze|bottle|drugs|gear)\b|"
        r"(?<!like an )(?<!as an )\b(?:alcoholic|addict|junkie|smackhead|crackhead|druggie|alkie|alky)\b|"
        r"\b(?:mum|mummy|mam|dad|daddy|he|she|they|my partner|my husband|my wife|parents?) "
        rf"(?:\w+ ){{0,3}}?(?:drunk|high|stoned|wasted|{DRINK}) (?:\w+ ){{0,4}}?(?:forget|forgot|"
        r"forgets|could not|can not|cannot|falls? asleep|fell asleep|passed out|not wake|would not "
        r"wake|every|all the time|shouty|shouting|screaming|scary)|"
        rf"\b(?:party|parties|partying) (?:\w+ ){{0,2}}?every (?:night|day|weekend)\b"
        rf"(?:\s\S+){{0,6}}?\s(?:bottles?|drunk|{DRINK}|smoke|can not sleep|can't sleep)|"
        r"\bbottles? (?:\w+ ){0,4}?(?:every night|all night|can not sleep|can't sleep)|"
        r"\b(?:i'?m|i am|been|was) drinking (?:a|one|two|\d+|loads|so much|too much|heavily|every)|"
        r"\b(?:she|he|mum|dad|mummy|daddy)(?:'?s| is| was) (?:\w+ )?(?:drunk|high|stoned|wasted|"
        r"off (?:her|his) (?:face|head)) (?:again|when|and|every)",
    ),
    HOMELESSNESS: (
        r"\blive in one room|\bone room (?:\w+ ){0,8}?(?:hotel|hostel|b&b)|\b(?:house|home|flat) (?:got|was|"
        r"were) taken (?:away|off us)|\brepossess\w*",
        r"\b(?:had to|have to|having to|made to) leave (?:our|my|the) (?:home|house|flat)",
        r"\b(?:living|stuck|staying|placed|put) (?:\w+ ){0,2}?in (?:a |one )?(?:hotel|one room)\b"
        r"(?! (?:\w+ ){0,4}?(?:holiday|break|trip))|\b(?:have|has|had|got) nowhere\b",
        r"\b(?:staying|sleeping|living|stay|live) (?:\S+ ){0,4}?on (?:the|her|his|their|a) (?:floor|"
        r"sofa|couch|settee|air ?bed|blow[- ]up bed)\b(?! (?:\S+ ){0,3}?(?:den|sleepover|camping|for fun))",
        r"\b(?:nowhere|no where|no-where|no place|nowhere else) (?:\w+ )?(?:to (?:go|live|stay|sleep)|"
        r"else)\b|\bhad nowhere\b|\b(?:being|been|got|get|getting|are|were|was|we'?re|to be|will be) "
        r"evicted|\beviction\b|\bsection 21\b|\b(?:notice|told) to (?:leave|get out|quit|vacate)\b|"
        r"\bgiven (?:us |me )?(?:notice|our notice|a notice)(?! (?:on|at) (?:my|his|her) (?:job|work))"
        r"|\bhomeless\w*|\b(?:sofa|couch|sofa-|couch-) ?surf\w*|"
        r"\b(?:staying|sleeping|sleep|slept|sleeps|kip\w*|crash\w*|living|stay|stayed) (?:at|on|in|"
        r"round|between) (?:my |different |other |various |whoever'?s? |friends'? |mates'? )?(?:mates|"
        r"friends|peoples?|different|other people'?s?|whoever'?s?)'? (?:houses|places|sofas|floors|"
        r"couches|flats)|\b(?:one night|a night|nights|slept|sleep|sleeping|sleeps|living|live|lived|"
        r"staying) (?:\w+ )?(?:in|on) (?:the|a|our|my|his|her) (?:car|van|bus|night bus|tent|"
        r"stairwell|park|streets?|doorway|station|bus station|garage|shed)\b|\bsleep(?:ing|s)? rough\b|"
        r"\b(?:do not|don't|dont|did not) (?:have|got) (?:a|our|any) (?:house|home|flat|place)\b|"
        r"\b(?:lost|losing|lose) (?:our|the|my) (?:home|house|flat|tenancy)|\bon (?:her|his|their|"
        r"my|auntie|nan|nanny|someone|a friend|a mate)'?s? floor\b|"
        r"\b(?:emergency|temporary|temp|council) (?:accommodation|housing|hotel)|\bhostels?\b|"
        r"\b(?:b ?& ?b|b and b|bed and breakfast)\b(?! (?:\w+ ){0,5}?"
        r"(?:holiday|lovely|break|trip|weekend away))|"
        r"\bkicked (?:me |us |him |her |them )?out\b|\bthrown out\b|\bthrew (?:me|us|him|her) out\b|"
        r"\b(?:still )?(?:have not|not|never) got (?:our|a|my) (?:own )?(?:place|home|house|flat)\b|"
        r"\bno (?:fixed|permanent) (?:address|abode|home)",
    ),
}
