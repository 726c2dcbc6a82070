"""Domestic abuse (coercive control, strangulation, sexual violence), physical and sexual abuse, online
grooming, child sexual and criminal exploitation, and missing children."""

from feedback.analysis.harms.names import (
    DOMESTIC_ABUSE,
    EXPLOITATION,
    MISSING,
    ONLINE_GROOMING,
    PHYSICAL_ABUSE,
    SEXUAL_ABUSE,
)
from feedback.analysis.harms.words import (
    ADVERB,
    AGENT,
    ANGER,
    CARER,
    DAMAGE,
    DONE_TO,
    EX,
    EX_OR_PARTNER,
    ONLINE,
    PERSON,
    SPORT,
)

RULES: dict[str, tuple[str, ...]] = {
    DOMESTIC_ABUSE: (
        r"\b(?:hits?|punch\w*|smash\w*|kicks?) the wall (?:next to|near|by|behind) (?:mummy|mum|her|my)|"
        r"\b(?:mummy|mum|mam|mom) (?:is|was|gets) (?:so |really |very )?(?:scared|frightened|afraid|"
        r"terrified) "
        r"of (?:daddy|dad|him|her boyfriend|my stepdad|\w+ boyfriend)",
        r"\b(?:monitors?|checks?|controls?|watches) (?:everything|every penny|what) (?:i|we) (?:spend|buy|"
        r"do|say|eat)",
        r"\b(?:puts?|putting) me down\b|\b(?:i'?m|i am|im) nothing without (?:him|her)|\btell(?:s|ing)? me "
        r"(?:i'?m|i am|im) (?:nothing|worthless|useless|stupid|ugly|fat|mad|crazy)|\bmakes? me feel "
        r"(?:worthless|stupid|crazy|mad|useless)",
        r"\b(?:will not|won't|wont|does not|doesn't|never) give (?:me|us) (?:any )?(?:money|cash|enough "
        r"money)|\bstops? (?:me|her) (?:from )?(?:going|seeing|talking|speaking|working|leaving|having)|"
        r"\b(?:has|have|had) to do (?:whatever|what|everything) (?:he|daddy|dad|my partner|my husband) "
        r"(?:says|wants|tells)",
        rf"\b(?:he|she|{EX_OR_PARTNER}) (?:\w+ )?(?:smash\w*|broke|break\w*|took|takes|hid|hides|threw|"
        r"throws) my (?:phone|fone)|"
        r"\b(?:no one|nobody|no-one) (?:would|will|'d|'ll) (?:ever )?believe (?:me|you|her)|"
        r"\baccount for every (?:penny|pound|thing)|\bevery penny i spend|\b(?:tells?|told|decides?|"
        r"chooses?) (?:me )?(?:what (?:i can |to )?(?:wear|eat|say|do)|who i can (?:see|talk|speak)|"
        r"where i can go)|\bblood on (?:her|his|my|mummy|mum) (?:\w+ )?(?:face|nose|lip|head|clothes)|"
        rf"\b(?:scared|frightened|afraid|terrified) (?:of )?(?:my |her )?{EX_OR_PARTNER}\b",
        r"\bdomestic (?:abuse|violence)|\bdv\b|\bcoerc\w*|\bcontrolling\b|\bgaslight\w*|"
        r"\bwalk(?:ing)? on eggshells|\brefuge\b|\bmarac\b|\bidva\b|"
        r"\bcontrol(?:s|led)? (?:all )?(?:the |my |our )(?:money|finances|bank|benefits|phone)|"
        r"\b(?:will not|does not|do not|never|won't|doesn't|wont) (?:\w+ )?(?:let|allow) (?:me|her|us) "
        r"(?:to )?(?:see|go|out|leave|have|talk|speak|work|wear|use|visit|phone|ring|text|drive|"
        r"keep|get)|\bcheck(?:s|ed|ing)? (?:through )?(?:my|her) (?:phone|messages|texts|emails|"
        r"bank|receipts|location|car|bag)|\bgo(?:es|ing)? through my phone|\bcall(?:s|ed)? me (?:a )?"
        r"(?:worthless|useless|stupid|fat|ugly|names|a slag|slag|thick|a whore|whore|bitch|a bitch)|"
        r"\b(?:(?:i'?m|i am|we'?re|we are) not allowed|have to ask (?:him|her|his|for permission)) "
        r"(?:\w+ ){0,8}?(?:unless|without|until) (?:he|him|his|she|her)\b|\bnot allowed (?:\w+ ){0,3}?"
        r"(?:money|my own money|a bank|a phone|my phone|friends|to see (?:my )?(?:family|friends|mum|"
        r"sister|brother))|\b(?:takes|took|keeps|kept|has|controls) (?:all )?(?:my|our) (?:money|wages|"
        r"bank cards?|cards|benefits|child benefit|universal credit|keys|car keys)|"
        r"\b(?:he|she|partner|husband|wife) (?:only )?gives? me (?:an allowance|£?\d+ a (?:week|month))|"
        r"\bhave to ask (?:him|her) for (?:money|cash)|\bisolat\w+ (?:me|her|us)|"
        r"\bcut (?:me|her|us) off from|\b(?:i|she) (?:\w+ )?jump at every (?:noise|sound|knock)|"
        rf"\b(?:(?:police|cops|999) (?:were|was|got|have been|had to be) (?:called|round|out)|"
        rf"(?:called|rang|phoned) (?:the )?(?:police|cops|999)) (?:\S+ ){{0,6}}?(?:because of|on|about) "
        rf"(?:him|her|my {EX_OR_PARTNER}|his|dad|mum)|\bbecause of (?:my|her|his) {EX_OR_PARTNER}\b"
        rf"(?:\s\S+){{0,6}}?\s(?:police|kids saw|scared)|\b(?:the kids|kids|children|they|my son|"
        r"my daughter) (?:saw|see|heard|hear|watched|witnessed) (?:it|everything|him|the (?:fight|"
        r"fighting|rows?|violence)|us fight\w*)|\bin front of (?:the|my|our) (?:kids|children|son|"
        r"daughter|baby)|\b(?:(?:purple|blue|swollen|bruised) (?:eye|face|lip))(?! (?:\S+ ){0,4}?"
        r"(?:from|off|at|in) (?:a |the |his |her |my )?(?:\w+ )?(?:ball|fall|game|match|door|accident|"
        r"trampoline|football|cricket|rugby|boxing|pe|training|playground|operation|surgery))|"
        r"\b(?:strangl\w*|chok(?:e|es|ed|ing)|throttl\w*|smother\w*)|\bhands? (?:round|around|on) "
        r"(?:my|her) (?:neck|throat)|\bby the (?:throat|neck|hair)\b",
        # Partner violence, in children's words too: "daddy hurts mummy".
        rf"\b(?:dad|daddy|da|stepdad|step dad|he|she|{EX_OR_PARTNER}|my {EX_OR_PARTNER}|(?:her|mum|mummy) "
        r"(?:boyfriend|partner)) (?:\w+ ){0,2}?(?:hits?|hitting|hurts?|hurting|hurt|punch\w*|kicks?|kicked|"
        r"kicking|slaps?|slapped|pushe[sd]|push|shoves?|shoved|chok\w*|strangl\w*|beats?|beat|batter\w*|"
        r"throws?|threw|grab\w*|drag\w*|bit|bites|attack\w*|shouts? at|screams? at|scares?) (?:\w+ )?"
        r"(?:mum|mummy|mam|mammy|mom|mommy|mother|her|my wife|my girlfriend|my partner)\b|"
        # A partner hurting the speaker: "my husband hits me", "he pushed me".
        rf"\b(?:he|{EX_OR_PARTNER}) (?:\w+ ){{0,2}}?(?:hits?|hitting|hurts?|hurting|hurt|punch\w*|kicks?|"
        r"kicked|kicking|slaps?|slapped|pushe[sd]|push|shoves?|shoved|chok\w*|strangl\w*|beats?|beat|"
        r"batter\w*|grab\w*|drag\w*|attack\w*) me\b",
        rf"\b(?:{EX_OR_PARTNER}|he|she|mum|mummy|dad|daddy) (?:\w+ ){{0,3}}?(?:got|gets|was|is|goes|"
        rf"went) (?:really |so |very )?(?:angry|mad|drunk|raging|nasty)\b(?:\s\S+){{0,8}}?\s(?:eye|"
        r"bruise\w*|marks?|blood|bleeding|hospital|hid|hide|hiding|police|scared|crying)|"
        r"\b(?:hid|hide|hiding|hides) (?:upstairs|in (?:my|our|the) (?:room|bedroom|cupboard|wardrobe|"
        r"bathroom)|under (?:the|my) bed|from (?:him|her|them|dad|daddy|mum|mummy))",
        # Stalking, harassment and control by an ex or a partner. Watching, following and turning
        # up need an ex: a partner who "turned up to the group" or "watches the kids" is no risk.
        r"\bstalk(?:s|ed|ing|er|ers)?\b|\bharass(?:es|ed|ing|ment)?\b|"
        r"\b(?:threatening|abusive|nasty|scary) (?:messages|texts|calls|voicemails|emails)\b|"
        r"\b(?:restraining|non-molestation|non molestation|protective|occupation) orders?\b|"
        r"\b(?:\d+|hundreds of|dozens of|loads of|so many|constant|non stop) (?:messages|texts|calls|"
        r"missed calls) (?:a|every|each) (?:day|hour|night)|"
        r"\b(?:threaten\w*|says|said) (?:\w+ )?(?:he'?ll|she'?ll|he will|she will|to|he would|he'?d) "
        r"take (?:the|my|our) (?:kids|children|baby|son|daughter)|"
        rf"\b{EX_OR_PARTNER} (?:\S+ ){{0,5}}?(?:tracks?|tracked|tracking|monitors?|monitored|"
        r"monitoring|spies|spied|spying|controls (?:everything|me|what|where|who)|"
        r"(?:will not|would not|does not) leave (?:me|us|her|him) alone|"
        r"keeps? (?:calling|ringing|texting|messaging|phoning|contacting) (?:me|us|her))\b|"
        rf"\b(?:my|her|his|mum|dad|our) {EX} (?:\S+ ){{0,5}}?(?:follows?|followed|following|"
        r"watch(?:es|ed|ing)? (?:me|us|her|the house|our house)|(?:turns?|turned|turning|shows?|"
        r"showed|showing) up|keeps? (?:calling|ringing|texting|messaging|phoning|contacting|"
        r"coming round)|(?:will not|would not|does not) (?:stop|leave)|bombard\w*|"
        r"threaten\w*)\b|\btracker on (?:my|her|his|our) (?:phone|car)\b|\b(?:turns?|turned|turning)"
        r" up (?:outside|at) (?:the|my|our) (?:house|home|door|work|flat|school)",
        # Sexual violence by a partner.
        rf"\b(?:{EX_OR_PARTNER}|he) (?:\w+ ){{0,3}}?(?:forces?|forced|makes?|made|rap\w+) (?:me|her) "
        r"(?:\w+ ){0,3}?(?:sex|sleep with|do things|into bed)",
    ),
    PHYSICAL_ABUSE: (
        r"\b(?:chuck(?:s|ed|ing)?|flung|flings?|hurl\w*|launch\w*|threw|throws?) (?:me|us|him|her|them|my "
        r"\w+) (?:\w+ ){0,2}?(?:across|against|into|down|at|out of)\b",
        r"\b(?:made|make|makes) (?:me|us|him|her) (?:stand|sleep|stay|sit|kneel) (?:\w+ ){0,3}?(?:outside|in "
        r"the cold|in the garden|all night)|\b(?:outside|in the cold|without (?:food|dinner|tea)|no food|"
        r"locked) (?:\S+ ){0,4}?as (?:a )?punishment",
        r"\b(?:said|says|told (?:me|us)) (?:\w+ )?(?:daddy|dad|mummy|mum|he|she|his dad|her dad|stepdad|"
        r"nanny|nan|his mum|her mum) did (?:it|that|this)|\b(?:leaves?|left) (?:marks|bruises) on (?:me|him|"
        r"her|us)",
        r"\bbelt(?:s|ed|ing)? (?:me|us|him|her|them)\b|\b(?:held|holds|hold|put|puts|pushed|forced) "
        r"(?:my|his|her) (?:hand|arm|head|face|fingers?) (?:on|in|under|against|into) (?:the )?"
        r"(?:cooker|hob|oven|fire|radiator|kettle|iron|hot water|bath|toilet|wall)|"
        r"\b(?:squeez|pinch|twist|grab|yank|pull|drag)\w* (?:me|my|his|her) (?:\w+ ){0,2}?(?:really )?"
        r"(?:hard|tight)\b",
        r"\b(?:hit|hits|hitting|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|"
        r"beat(?:s|ing)?|batter(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|"
        r"throttl(?:e|es|ed|ing)|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|pinch(?:es|ed|ing)?|"
        r"grab(?:s|bed|bing)?|stab(?:s|bed|bing)?|burn(?:s|t|ed)?|bit|bites?|nip(?:s|ped)?|"
        r"hurt(?:s|ing)?|smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|thump(?:s|ed|ing)?|scald(?:s|ed)?|"
        r"attack(?:s|ed|ing)?|headbutt(?:s|ed)?|shak(?:e|es|ing)|shook|lock(?:s|ed)?|shut(?:s)?|"
        r"throw(?:s|n)?|threw|drag(?:s|ged)?|yank(?:s|ed)?|twist(?:s|ed)?|pull(?:s|ed)? (?:my|his|her)"
        rf" (?:hair|ears?|arm)|tie(?:s|d)?) {PERSON}\b"
        r"(?! (?:\S+ ){0,4}?(?:at|in|during|playing|doing) (?:the |a )?(?:football|rugby|pe|match|"
        r"game|tig|tag|boxing|training|trampoline|park)\b)",
        r"\bbeat(?:en)? (?:\w+ )?up\b|\bbeaten\b|\bviolen(?:t|ce)\b|"
        r"\bthr(?:ew|ows?|owing|own) (?:\w+ ){0,3}(?:at|into|against|down|across) (?:me|us|him|her|my|"
        r"mum|dad|the (?:wall|door|floor|stairs))\b|"
        r"\bwith (?:a|his|her|the|their) (?:belt|stick|shoe|slipper|wooden spoon|cane|cable|wire|"
        r"lead|hairbrush|cigarettes?|iron|hanger|coat hanger|ruler)\b|"
        r"\block(?:s|ed|ing)? (?:me|us|him|her|them) (?:\w+ )?(?:in|out|up)\b|\blocked in (?:the|my|a|"
        r"his|her) (?:cupboard|room|bedroom|shed|garage|cellar|bathroom|car)|\btoo rough with\b|"
        r"\b(?:marks|bruis\w*|black eye|burns?|welts?|cuts?) (?:\S+ ){0,6}?(?:from|where|after|because|"
        rf"cos|when) (?:\S+ ){{0,3}}?(?:my |his |her |the )?{CARER}\b(?! (?:\S+ ){{0,4}}?(?:{SPORT}))|"
        rf"\b{CARER} (?:\S+ ){{0,4}}?(?:gave|left) (?:me |him |her )?(?:a |the )?(?:bruises?|black eye|"
        r"marks?|fat lip)|\b(?:scared|frightened|afraid|terrified|do not want|don't want|dont want|"
        r"not want|never want) (?:\w+ )?(?:to go|of going|going) home\b|\bnot safe (?:at|going) home|"
        r"\bunsafe\b|\b(?:not|never) (?:feel |feeling |felt )?(?:very |really )?safe\b|"
        rf"\b(?:{CARER}|{EX_OR_PARTNER}) (?:\w+ )?(?:scares?|frightens?|terrifies) (?:me|us|the kids|the "
        r"children|my \w+)\b|"
        r"\b(?:not|never) (?:feel |feeling |felt )?(?:very )?safe (?:at|in|with|around) (?:home|the "
        r"house|him|her|them|my \w+|dad|mum)\b|"
        r"\b(?:scares?|scared|scary|frighten(?:s|ed|ing)?|terrif(?:ies|ied|ying)|afraid)"
        r" (?:of )?(?:him|her|them|he|she|they|my (?:dad|mum|step\w*|nan|uncle|brother|carer)|mum|dad|"
        r"mam|what he|what she|to be at home|at home|when (?:he|she|dad|mum))\b",
        # "I get hit at home", "she was kicked", "being beaten"; "hurt" only with get/being, since
        # "I was hurt that nobody rang" is about feelings. Not when the thing that hit was an
        # object ("hit by a ball"), the game itself, or the sentence denies it ("never been hit").
        rf"(?<!never )(?<!not )\b(?:(?:get|gets|getting|got|gotten|been|being|was|were|"
        rf"am|is|are|be) {ADVERB}{DONE_TO}|(?:get|gets|getting|got|gotten|being) "
        rf"{ADVERB}hurt|bullied and {DONE_TO})\b(?! (?:off|out)\b)"
        r"(?!(?<=pushed) into (?!(?:the |a )?(?:walls?|doors?|floor|ground|table|stairs)\b))"
        r"(?!(?<=pushed) over (?:\S+ ){0,6}?(?:game|playing|play|accident))"
        rf"(?! (?:hard |badly )?by (?:a|an|the|this|that|some) (?!{AGENT}\b))"
        rf"(?! (?:\S+ ){{0,5}}?(?:at|in|during|playing|doing|on|from|off) (?:the |a |my )?{SPORT}\b)",
        # Children's words for a punishment that hurts: "I get a smack", "he gave us a hiding".
        r"\b(?:get|gets|got|getting|give|gives|gave|giving) (?:me |us |him |her |them )?"
        r"(?:a |the )?(?:good )?(?:smacks?|slaps?|hiding|beating|kicking|battering|belt|belting|"
        r"leathering|clip round the ear|back-?hander|the belt|the slipper)\b",
        # Anger at home that turns on things: "dad gets really angry and throws things".
        rf"\b{ANGER} (?:\S+ ){{0,6}}?{DAMAGE}|\b{DAMAGE} (?:\S+ ){{0,6}}?(?:when|if|because) "
        rf"(?:he|she|they|dad|mum|my \w+) (?:\w+ ){{0,2}}?{ANGER}\b|"
        r"\b(?:throw|throws|threw|throwing) (?:a |the |our |my )?(?:plates?|chairs?|"
        r"furniture|glass(?:es)?|cups?|mugs?|bottles?)\b|\bsmash(?:es|ed|ing)? (?:things|stuff|the "
        r"house|up|everything|the place)|"
        r"\b(?:punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|smash(?:es|ed|ing)?) (?:a hole in |holes "
        r"in )?(?:the |our |my |a )?(?:walls?|doors?|windows?|holes?)\b",
    ),
    SEXUAL_ABUSE: (
        r"\b(?:game|games|tickl\w*) (?:\S+ ){0,6}?(?:(?:do not|don't|dont) like|makes me feel (?:funny|weird|"
        r"yucky|uncomfortable)|in the bath|in (?:my )?bed|secret)|\b(?:weird|yucky|funny|uncomfortable) "
        r"(?:touch|touching|tickling)",
        r"\b(?:was|were|been|being|got|get|gets) touched\b",
        r"\bour (?:little |special )?secret\b|\bsecret game",
        r"\b(?:does|did|do|doing|done) (?:rude |sexual |bad |naughty |nasty |horrible )?(?:things|stuff) "
        r"to (?:me|him|her|us)\b|\b(?:made|make|makes|making) (?:me|her|him|us) watch (?:\w+ )?(?:films|"
        r"videos|pictures|porn|movies)|\b(?:sexy|dirty|rude|naked|nude) (?:texts|messages|pics|"
        r"pictures|photos|videos|snaps|chat)|\b(?:walk\w*|comes?|came|barg\w*) into (?:the |my )?"
        r"(?:bathroom|toilet|shower|bedroom|room)(?: on me)? (?:when|while)|\b(?:tickl|touch|rub|feel|"
        r"put|puts|hand|hands|finger)\w* (?:me )?(?:\w+ )?(?:in|inside|down|under) (?:my|her|his) "
        r"(?:knickers|pants|underwear|bra|nappy|trousers|skirt)",
        r"\bsexual\w*|\bsexually|\brap(?:e|ed|es|ist|ing)\b|\br\*pe\w*|\bmolest\w*|\bpaedo\w*|"
        r"\bpedo\w*|\bnonce\b|\bsa'd\b|\binappropriate(?:ly)? (?:touch\w*|with (?:me|her|him))|"
        r"\btouch(?:es|ed|ing)? me(?! (?:deeply|so much|a lot|greatly))|"
        r"\b(?:made|make|makes|making) (?:me|her|him|us) (?:do|watch) (?:sexual |rude |naughty )?"
        r"(?:things|stuff|sexual)(?! (?:\S+ )?(?:round|around|in) the house| for (?:school|homework))|"
        r"\bdid (?:things|stuff|rude things|sexual things) to (?:me|him|her|us)|"
        r"\bdown there\b|\bwhere (?:my|her|his) (?:swimsuit|swimming costume|costume|pants|knickers|"
        r"underwear|bra) (?:goes|go|is|are|covers?)|\bkiss(?:es|ed|ing)? (?:me|her|him) on the (?:mouth|"
        r"lips)|\b(?:come?s?|came|coming|gets?|got|getting|climbs?) (?:in|into) (?:my|her|his|our) "
        r"(?:room|bed|bedroom) (?:at night|when|while|and)|\bgets? (?:in|into) (?:my|her|his) bed\b|"
        r"\b(?:walk\w*|come?s?|came|barg\w*) in (?:on me )?(?:when|while) (?:i'?m|i am|she is|he is|"
        r"i was|she'?s|he'?s|im) (?:in the |having a )?(?:shower|bath|changing|getting changed|"
        r"undress\w*|naked|on the toilet)|\bwatch(?:es|ed|ing)? (?:me|her|him) (?:in the |when i'?m in "
        r"the )?(?:shower|bath|undress\w*|get changed|getting changed|changing|naked)|"
        r"\b(?:shows?|showed|showing) (?:me |us |her |him )?(?:his|her) (?:private|willy|penis|thing|"
        r"bits)|\btake (?:my|our|her|his) (?:clothes|pants|knickers|top) off\b|"
        r"\b(?:(?:forc(?:e|es|ed|ing)|make|makes|made|making|pressur(?:e|es|ed|ing|ises?|"
        r"ised|ising)|push(?:es|ed|ing)?|trick(?:s|ed)?) (?:me|her|him|us|them|my \w+)|"
        r"(?:was|were|been|being|get|got|feel|felt) (?:forced|made|pressured|pressurised|"
        r"pushed|tricked)) "
        r"(?:\w+ ){0,3}?(?:sex|have sex|into bed|sleep with|do it|(?:watch|look at) porn|"
        r"send (?:him |her |them )?(?:nudes|pictures|photos|pics)|touch (?:him|her|his|it|"
        r"them))\b|\bforc(?:es|ed|ing) (?:himself|herself|themselves) on\b|"
        r"\bsex (?:\S+ ){0,4}?(?:do not want|did not want|said no|say no|without (?:my |her )?"
        r"consent|(?:am|was|were) asleep)|"
        r"\b(?:touch(?:es|ed|ing)?|grop(?:e|es|ed|ing)|feel(?:s|ing)? up|felt up|rub\w*) (?:my|her|his) "
        r"(?:privates?|private (?:parts|bits)|bum|bottom|boobs|breasts|chest|willy|fanny|"
        r"vagina|penis|body|legs?|thighs?)\b|\bprivate (?:parts|bits|places)\b|"
        r"\b(?:shows?|showed|showing|sends?|sent) (?:me |us |her |him )?(?:porn\w*|rude "
        r"(?:pictures|photos|videos|things|films)|dirty (?:pictures|photos|videos|films))|"
        r"\b(?:says?|said|told (?:me|us|her|him)|tells (?:me|us|her|him)|asks?|asked|wants?) "
        r"(?:\S+ ){0,3}?(?:(?:to )?keep (?:it|this|them|things|what \w+ \w+) (?:a |our )?secret|"
        r"(?:it'?s|its|it is) our (?:little |special )?secret|(?:not )?to (?:not )?tell (?:anyone|"
        r"anybody|mum|mummy|my mum|dad|daddy|no one|nobody))",
    ),
    ONLINE_GROOMING: (
        r"\b(?:talking to|chatting to|speaking to|messaging)\b(?:\s\S+){0,8}?\s(?:is|he'?s|hes|she'?s|shes|"
        r"aged) (?:1[89]|[2-9]\d)\b|\bmature for (?:my|her|his|your) age|\bif (?:i|she|he) (?:send|show|do|"
        r"take)\w* (?:him|her|them) (?:\w+ )?(?:videos|pics|photos|pictures|nudes)",
        r"\b(?:sending|sends|sent|send) (?:\w+ )?(?:pictures|photos|pics|videos|selfies) (?:\w+ ){0,2}?to "
        r"(?:a|an|some|this|that) (?:\w+ )?(?:man|guy|adult|stranger|boy|lad|older)|\b(?:man|guy|adult|boy|"
        r"person|someone) (?:she|he|i)(?: has| have|'s|'ve)? never met",
        r"\bpay (?:me|her|him) (?:\w+ )?for (?:pics|photos|pictures|videos|nudes)|\b(?:man|guy|adult|"
        r"older \w+) (?:\w+ ){0,2}?online (?:\w+ ){0,4}?(?:boyfriend|girlfriend|loves|love)",
        r"\bask\w* (?:me |her |him )?(?:for|to send) (?:\w+ )?(?:pics|photos|pictures|nudes|videos|"
        r"selfies|snaps)|\b(?:money|cash|paypal|gift cards?|robux|v-?bucks) (?:\w+ ){0,3}?for "
        r"(?:pics|photos|pictures|videos|nudes)|\bthreat\w* (?:\w+ )?to (?:share|post|send|leak|show) "
        r"(?:my|her|his|our|the) (?:photos|pics|pictures|videos|nudes)",
        r"\bgroom(?:ed|ing|s|er)\b|\bsextortion\b|\bnudes?\b|\bsend (?:him |her |them )?(?:a )?"
        r"(?:nudes?|naked|pics? of (?:my|me)|photos? of (?:my|me))|"
        r"\b(?:send|sent|sending) (?:\w+ ){0,2}?(?:photo|photos|pic|pics|picture|pictures|video|"
        r"selfie|selfies) (?:\w+ ){0,3}?(?:no top|no clothes|without (?:my |a )?(?:top|clothes|"
        r"shirt|t-shirt)|in my (?:underwear|pants|bra|bed|pyjamas)|naked|topless|undressed)|"
        r"\bonline (?:bf|gf|boyfriend|girlfriend)|\bmet (?:him|her|them|someone|a man|a guy|a boy) "
        r"(?:online|on (?:an |the )?(?:app|game|snap\w*|insta\w*|tiktok|discord|roblox))|"
        rf"\b(?:man|men|guy|adult|grown ?up|someone|somebody|person|stranger|lad|boy|girl|friend|"
        rf"older \w+) (?:\w+ ){{0,2}}?(?:on|from|in|via) (?:the |a |an )?{ONLINE}\b(?:\s\S+){{0,8}}?\s"
        r"(?:asked|asks|wants?|wanted|said|says|sends?|sent|told|tells|gives?|gave|offer\w*|"
        r"loves?|pays?|paid)|"
        r"\bsays (?:he|she)(?: is|'s|s)? \d+ but|\b(?:grown ?up|adult|man|old man)'?s? voice|"
        r"\b(?:wants?|wanted|asked|asks|trying) (?:me )?to meet (?:me|up|him|her)(?! at the group)|"
        r"\b(?:sends?|sent|gives?|gave|buys?|bought) (?:him|her|me|us) (?:\w+ )?(?:v-?bucks|robux|"
        r"gift ?cards?|vouchers|credit|top ?ups?|skins|presents|gifts|money|cash|a phone)\b"
        r"(?:\s\S+){0,10}?\s(?:secret|online|met|game|won'?t say|will not say|not say)|"
        r"\b(?:presents|gifts|money|parcels?) (?:\w+ ){0,6}?(?:from|by) (?:someone|a man|a guy|"
        r"somebody|a stranger|an adult) (?:\w+ ){0,3}?(?:met|online|on)|"
        r"\bdelet(?:e|es|ed|ing) (?:our|the|all the|his|her) (?:chats|messages|texts|dms|snaps)|"
        r"\bkeep (?:it|this|us|our chats|things) (?:special|between us|secret|a secret)|"
        r"\b(?:online|internet|game) (?:\w+ ){0,8}?(?:says|said) (?:he|she) loves? (?:me|her|him)|"
        r"\b(?:says|said) (?:he|she) loves? (?:me|her|him) (?:\w+ ){0,8}?(?:online|run away|flat|meet)|"
        r"\brun away (?:to|with) (?:his|her|him) (?:flat|house|place)|"
        r"\b(?:bf|gf|online|on the game|met)\b(?:\s\S+){0,12}?\s(?:hes|he|shes|she|he is|she is|who is|"
        r"aged) (?:1[89]|[2-9]\d)\b",
    ),
    EXPLOITATION: (
        r"\b(?:comes?|came|coming) home (?:\w+ ){0,3}?with (?:\w+ )?(?:cash|money)|\bnew (?:phone|trainers|"
        r"clothes|jacket)(?:\s\S+){0,6}?\s(?:we|i) (?:did not|didn't|never) (?:buy|pay)",
        r"\b(?:going|goes|went|been) (?:\w+ )?to (?:other|different) (?:towns|cities|places)",
        r"\b(?:large|big|huge) (?:amounts?|sums?|wads?|bundles?) of (?:cash|money)",
        r"\b(?:dealing|selling|running|working|holding|grafting) for (?:some |these |the )?(?:older|big|"
        r"them|him|a gang|gang)|\bpicked up (?:\w+ ){0,3}?by (?:\w+ )?(?:men|man|guys|older)|"
        r"\b(?:arrested|caught|stopped|found) (?:\w+ ){0,4}?(?:with|carrying) (?:\w+ )?(?:drugs|weed|cash|"
        r"knife|a knife)|\bpaid (?:me|him|her) (?:\w+ )?to (?:take|carry|deliver|hold|drop|run|sell)|"
        r"\b(?:pay off|pay back|work off) (?:what|the money|the debt) (?:i|we|he|she) owe|\bwhat i owe\b",
        r"\b(?:two|2|three|second|another|extra) phones\b|\bcalls (?:at|all) (?:all )?hours|"
        r"\b(?:packages?|parcels?|bags?|stuff|drugs) (?:\S+ ){0,6}?(?:other|another|different) "
        r"(?:towns?|cities|city|places?|areas?)|\b(?:coming|comes|came) (?:back|home) with (?:\w+ )?"
        r"(?:money|cash|new (?:trainers|clothes|phones?)|designer)|\bwith older (?:lads|boys|men|guys)\b",
        r"\b(?:older|big|grown|bigger) (?:boys|lads|men|man|guys?|kids|girls|people|friends|mates) "
        r"(?:\S+ ){0,5}(?:make|made|makes|making|give|gave|gives|giving|ask|asks|asked|told|tell|"
        r"want|wants|pay|paid|send|sent|said|says|look after|protect)\b|"
        r"\b(?:make|made|makes|making) (?:me|him|her|us|them) (?:carry|hold|deliver|"
        r"sell|run|hide|keep|drop off|stash)\b|\bcounty lines?\b|\bcuckoo\w*|\btrap ?house|"
        r"\b(?:sell|selling|sold|sells|deal|dealing|carry|carrying|run|running|stash\w*|hold\w*) "
        r"(?:\w+ )?drugs\b|\bpackages? (?:\S+ ){0,4}(?:other|another) (?:towns?|cities|city|places?)|"
        r"\b(?:take|took|taking|takes|deliver\w*|drop\w*) (?:\w+ ){0,3}?(?:packages?|parcels?|bags?|"
        r"stuff) (?:\w+ ){0,2}?to (?:other|another|different) (?:towns?|cities|places)|"
        r"\b(?:owe|owes|owed|owing) (?:them|him|people|someone|some lads|some \w+) (?:\w+ )?money|"
        r"\bdebt (?:to|with) (?:them|some|older|these)|"
        r"\b(?:keep|kept|keeps) running for (?:them|him)|\brunning for (?:them|him|some)\b|"
        r"\b(?:burner|trap|work|second|bando) (?:phones?|fones?)\b|\b(?:new|second|another|extra|two|spare) "
        r"phones? (?:\w+ ){0,4}?(?:can not|will not|won't|no idea|not (?:say|explain)|from nowhere|"
        r"rings?|ringing)|\b(?:answer|pick up) (?:it|the phone) (?:whenever|every time|straight away|"
        r"day or night)|"
        r"\b(?:hold|holding|holds|keep|keeping|hide|hiding|stash\w*) (?:stuff|things|packages?|a bag|"
        r"bags|it|something) (?:for (?:them|him|some|older|these)|in my room)|"
        r"\b(?:wads?|rolls?|loads|lots|bundles?) of (?:cash|money|notes)|\b(?:cash|money|new trainers|"
        r"new clothes|designer) (?:\w+ ){0,4}?(?:can not|will not|won't|no idea|not (?:say|explain)) "
        r"(?:\w+ )?(?:where|explain|from)|"
        r"\b(?:men|guys|lads|blokes) (?:\w+ )?in their (?:twenties|20s|thirties|30s|forties|40s)|"
        r"\b(?:men|man|guys?|lads|older \w+|strangers) (?:\w+ ){0,3}?(?:pick(?:s|ed|ing)? (?:her|him|"
        r"them) up|picking (?:her|him|them) up|drive (?:her|him) (?:off|away|round))|"
        r"\b(?:gives?|gave|giving|buys?|bought|buying) (?:me|her|him) (?:presents|"
        r"gifts|money|cash|alcohol|vodka|drink|drugs|weed|phones?|trainers)|"
        r"\bolder (?:boyfriend|girlfriend|men|man|guys?)\b|\b(?:boyfriend|girlfriend) who is "
        r"(?:1[89]|[2-9]\d)\b|\bparties (?:with|at) (?:older|men|adults)|"
        r"\b(?:going|goes|gone|went|keeps?(?: going)?) missing\b|"
        r"\b(?:turn(?:s|ed|ing)? up|found|picked up|stopped) (?:\w+ )?in (?:other|another|a different) "
        r"(?:towns?|cities|city|places?)|\b(?:or|else) (?:they'?ll|they will|he'?ll|he will) hurt "
        r"(?:me|my|mum|us)|\bthey'?ll look after me|\b(?:said|say|says) they'?(?:ll| will) look after",
    ),
    MISSING: (
        r"\b(?:left|went out|walked out|ran off|disappeared) (?:and|but) (?:has not|hasn't|not|"
        r"never) (?:been|"
        r"come) (?:back|home)",
        r"(?<!nearly )(?<!almost )\b(?:did not|didn't|never|has not|hasn't) (?:come|came) back (?:home|from "
        r"(?:school|college|town|the|his|her)|last night|after (?:school|college)|since|that night|for)|"
        r"\b(?:nobody|no one|no-one) knows "
        r"where (?:he|she|they|my \w+|our \w+)",
        r"\bmissing (?:since|for) |\breport(?:ed|ing)? (?:\w+ )?missing\b",
        r"\bgone (?:for |since |all )(?:\w+ )?(?:days?|nights?|hours|weekend|week)\b|"
        r"\b(?:keeps? )?(?:running|runs|ran|run) off\b|\b(?:snuck|sneak\w*|creep\w*|crept) out\b|"
        r"\b(?:goes|went|gone|going) off for (?:days|nights|hours|the night|the weekend|weeks)",
        r"\b(?:going|goes|gone|went|keeps?(?: going)?|go) missing\b|\breported (?:\w+ )?missing\b|"
        r"\bmissing (?:person|from (?:home|care|school)|episodes?)|\bran away|\brun(?:s|ning)? away|"
        r"\b(?:has not|hasn't|not|never|did not) (?:come|came|been|coming) (?:back )?home\b|"
        r"\bdisappear(?:ed|s|ing)? (?:for|over|all) (?:\w+ )?(?:days?|hours|nights?|the night|the "
        r"weekend|weeks?|a while)|\bdisappear(?:ed|s|ing)? (?:again|without)|"
        r"\b(?:do not|don't|dont|did not) know where (?:he|she|they|(?:our|my) (?!(?:toys?|things|stuff|"
        r"clothes|phone|keys|bag|books?|money|shoes|coat)\b)\w+)(?: \w+)? (?:is|are|"
        r"was|were|goes|went|stays?|staying|sleeps?|sleeping|lives?)|"
        r"\bclimb(?:s|ing|ed)? out (?:of )?(?:his|her|my|the|their) (?:bedroom )?window|"
        r"\bstay(?:s|ed|ing)? out (?:all night|overnight|till|until|for days|the whole night)|"
        r"\b(?:out|away) (?:all night|overnight|for days)|\bnot going (?:back|home)\b|"
        r"\bpack(?:ed|ing)? (?:a|my|his|her) bags?\b|\b(?:went|gone|left|leave|leaves|go|going|goes|off|"
        r"out|disappear\w*|stay\w*|run|ran) (?:\S+ ){0,6}?(?:without|not) telling (?:anyone|anybody|me|"
        r"us|mum|dad|my mum)|\bpolice (?:found|brought|"
        r"picked up|are looking for|looking for) (?:him|her|them|my|our)|"
        r"\bslept (?:in|on) (?:the|a) (?:park|street|streets|station|bus|car park|stairwell|doorway)",
    ),
}
