"""Word classes the kinds of harm share: people, partners, carers, bodies, harm done, sport, drink
and drugs."""

# Things a person owns or feels, so "grabbed my phone" or "hurt my feelings" is not harm to a person.
THING = (r"(?:phone|fone|tablet|ipad|bag|money|keys|car|stuff|things|food|sweets|coat|toys?|games?|"
          r"controller|charger|remote|books?|homework|place|seat|spot|time|chance|chances|heart|"
          r"feelings|confidence|pride|pen|pencil|drink|dinner|chips|ball|bike|exams?|tests?)")
PERSON = (r"(?:me|us|him|them|you|mum|mam|mom|mummy|mammy|dad|daddy|nan|nanny|"
           rf"her(?! (?:own )?{THING}\b)|my (?!{THING}\b)\w+(?: (?!{THING}\b)\w+)?|"
           r"the (?:kids|children|child|baby|boys|girls|little ones|younger ones)|"
           rf"his (?!{THING}\b)\w+|our (?!{THING}\b)\w+)")
SELF = r"(?:myself|my self|meself|himself|herself|themselves|themself|ourselves|yourself)"
# Where people cut, burn or scratch themselves; hands, fingers and heads are left out because
# kitchen accidents and "banging my head against a wall" are far more common in feedback.
BODY = r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|tummy|belly|body|hips?|ankles?)"
# Words for a person who does harm, so "hit by a lad" flags and "hit by a ball" does not.
AGENT = (r"(?:man|men|boys?|lads?|kids?|girls?|child|children|person|people|gang|group|teachers?|"
          r"adults?|older \w+|bigger \w+|strangers?|neighbours?|partner|husband|wife|boyfriend|"
          r"girlfriend|ex|stepdad|stepmum|brother|sister|uncle|auntie|aunt|cousin|friend|friends|"
          r"family|carer|parent|parents|someone|somebody)")
EX = r"(?:ex|ex-partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|former partner)"
PARTNER = r"(?:partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|fiance|fiancee|other half)"
EX_OR_PARTNER = rf"(?:{EX}|{PARTNER})"
# Adults at home who may harm a child.
CARER = (r"(?:dad|daddy|da|father|mum|mummy|mam|mom|mother|step ?dad|step ?mum|step ?father|"
          r"step ?mother|nan|nanny|nana|gran|grandma|grandad|granddad|uncle|auntie|aunt|carer|"
          r"foster \w+|(?:mum|mummy|mam)'?s? (?:boyfriend|partner|friend)|(?:dad|daddy)'?s? "
          r"(?:girlfriend|partner|friend)|he|she|they)")
# Done to someone, in the passive: "I get hit", "she was kicked", "being beaten".
DONE_TO = (r"(?:hit|beat|beaten|kicked|punched|slapped|smacked|battered|strangled|choked|throttled|"
            # "pushed to go to the GP" is encouragement; "pushed to the floor" is not.
            r"pushed(?! to (?!(?:the |a )?(?:floor|ground|walls?|doors?|stairs)\b))|"
            r"shoved|stabbed|burnt|burned|bitten|whacked|thumped|attacked|assaulted|pinched|"
            r"headbutted|shaken|dragged|locked in|locked out|strangled|jumped|glassed)")
# Sport and games, where being hit, kicked or beaten is part of playing.
SPORT = (r"(?:football|footy|rugby|netball|hockey|cricket|basketball|dodgeball|boxing|karate|judo|"
          r"taekwondo|kickboxing|training|practice|pe|match|game|games|chess|cards|monopoly|uno|"
          r"fifa|quiz|race|sports day|tig|tag|trampoline|accident)")
ADVERB = r"(?:(?:always|often|sometimes|still|really|badly|just|also|constantly|regularly|even) )?"
ANGER = (r"(?:angry|anger|rage|raging|temper|furious|fuming|loses it|lost it|kicks off|kicked off|"
          r"kicking off|drunk|(?:gets?|got|getting|is|was) (?:really |so |very )?(?:cross|mad))")
# Damage to things; "broke down", "break the cycle" and "kick off at school" damage nothing.
DAMAGE = (r"(?:throw|throws|threw|throwing|smash(?:es|ed|ing)?|break|breaks|broke|breaking|"
           r"punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slam(?:s|med|ming)?|trash(?:es|ed|ing)?|"
           r"wreck(?:s|ed|ing)?)\b(?! (?:down|up with|off|out|the (?:rules?|news|ice|silence|law|"
           r"cycle)|rules|promises?|(?:my|his|her) heart)\b)")
ONLINE = (r"(?:online|on line|internet|roblox|fortnite|minecraft|snap|snapchat|insta|instagram|"
           r"tiktok|tik tok|discord|whatsapp|kik|omegle|telegram|facebook|fb|messenger|xbox|"
           r"playstation|ps[45]|psn|twitch|youtube|the game|a game|game chat|gaming|app|apps|website|"
           r"chat|chats|chatroom|group chat|dms?|pm|video call|facetime|webcam|cam)")
DRUG = (r"(?:heroin|smack|crack|cocaine|coke|charlie|sniff|ket|ketamine|meth|spice|mamba|mdma|pills|"
         r"weed|skunk|cannabis|gear|brown|white powder|powder|lines|needles?|methadone|benzos?|"
         r"valium|xanax|tramadol|codeine|fentanyl|drugs?)")
DRINK = (r"(?:drink|drinks|drinking|booze|boozing|alcohol|vodka|wine|cider|lager|beer|gin|whisky|"
          r"whiskey|rum|cans|spirits)")
# Animals a family keeps, whose running off or biting is no one's harm.
PET = (r"(?:dog|dogs|cat|cats|pet|pets|puppy|kitten|hamster|rabbit|tortoise|budgie|parrot|horse|pony|"
        r"guinea pig|ferret|goat)")
# Groups of people extremist talk turns against.
GROUP = (r"(?:immigrants|migrants|muslims|jews|foreigners|asylum seekers|refugees|gays|gay people|trans "
          r"people|blacks|black people|brown people|whites|white people|christians|non-?believers|women|"
          r"girls|feminists|people from other countries|the elites?|globalists)")
