"""Forced marriage, FGM, radicalisation, modern slavery and trafficking, and weapons or risk to others."""

from feedback.analysis.harms.names import FGM, FORCED_MARRIAGE, MODERN_SLAVERY, RADICALISATION, WEAPONS

RULES: dict[str, tuple[str, ...]] = {
    FORCED_MARRIAGE: (
        r"\bmarried (?:\w+ ){0,2}?(?:when (?:she|he|i) (?:was|were) |at |aged )(?:1[0-7]|[5-9])\b",
        r"\bmarried off\b|\bmarry (?:me|her|him) off|\bpromised (?:her|him|me) to\b",
        r"\bif (?:i|she|he|you) (?:do not|don't|dont|will not|won't|refuse to) marr\w*|"
        r"\bfound (?:me|her|him) a (?:husband|wife)\b|\b(?:husband|wife) (?:\w+ ){0,3}?back home\b"
        r"(?:\s\S+){0,6}?\s(?:scared|do not want|don't want|forced|have to|must)",
        r"\bforced (?:to )?marr\w*|\bforced marriage\b|\bhonou?r (?:based|killing|abuse|crime)|"
        r"\b(?:bring|brought|bringing) (?:shame|dishonou?r) on\b|\brishta\b|\bnikah\b|"
        r"\bchild (?:marriage|bride)|"
        # Marriage words with coercion, distress or a child's age nearby, either way round.
        r"\b(?:marr(?:y|ies|ied|ying|iage)|wedding|engaged|engagement|bride|betrothed|husband for "
        r"(?:me|her)|wife for (?:him|me))\b(?:\s\S+){0,12}?\s(?:forc\w*|pressur\w*|no choice|against "
        r"(?:my|her|his) will|(?:do not|don't|dont|does not|doesn't|did not|not) want\w*|never met|"
        r"(?:they|he|she|family|parents|dad|mum|uncle)(?:'?ve)? (?:have )?(?:chose|chosen|picked|found|"
        r"promised|arranged)|can not stop|can't stop|scared|cries|crying|not allowed|only (?:1[0-7]|"
        r"\d)\b|turns (?:1[0-7])|(?:1[0-7]|\d) (?:years?|yrs?) old|send (?:me|her|him) away|"
        r"kill|disown\w*|shame|passport|flights? (?:are |is )?booked|told (?:not to|to not)|secret)|"
        r"\b(?:forc\w*|pressur\w*|(?:have|has|got) to|must|made to|making (?:me|her|him)|make (?:me|"
        r"her|him)|arrang\w* for (?:\w+ ){0,3}?to|promised (?:\w+ ){0,3}?to|(?:taking|take|taken|"
        r"sending|send|sent) (?:me|her|him|my \w+|our \w+) (?:\w+ ){0,3}?(?:to|back home|abroad)) "
        r"(?:\S+ ){0,8}?(?:marr(?:y|ies|ied|ying|iage)|wedding|engaged)\b",
    ),
    FGM: (
        r"\bcut like (?:a big girl|the other girls|a woman|my sister|mummy|my mum|her sister)",
        r"\b(?:do|did|does|done) (?:it|this|that) to (?:all )?(?:the )?girls",
        r"\b(?:make|made|makes) (?:my|her|our|the) (?:\w+ )?(?:daughter|girls?|sister|niece) (?:clean|pure)",
        r"\b(?:have|had|having|get|getting|got) the cut\b",
        r"\bcutting (?:on|for) (?:my|her|our|the) (?:daughter|girls?|sister)|\b(?:do|have|get) (?:the )?"
        r"cutting\b",
        r"\bfgm\b|\bfemale genital|\bgenital (?:cutting|mutilation)|\bkhatna\b|\bkhafd\b|\bsunna\b|"
        r"\btahara\b|\btahoor\b|\bgudniin\b|\bbondo\b|\binfibulat\w*|"
        r"\bcircumcis\w*|"
        r"\b(?:be|been|being|get|getting|got|have (?:her|me|them) |had (?:her|me) )cut\b(?! (?:short|"
        r"off|out|back|down|from|in half|up|the|my|his|a|an|loose|free))|"
        r"\bcut (?:her|me|them|us|girls|my \w+|the girls) (?:\w+ )?(?:down there|there|privates|"
        r"private)|\bthe cut(?:ting)?\b(?= (?:ceremony|done|like))|\bcutting (?:ceremony|season)|"
        r"\b(?:made|make|be|become|stay|keep (?:her|them)) (?:clean|pure)\b(?! (?:\w+ ){0,2}?(?:after|"
        r"for|up|room|house))|\bto be pure\b|\b(?:special|secret|traditional|big) (?:ceremony|thing|"
        r"procedure|operation|party|celebration|day) (?:\w+ ){0,6}?(?:woman|women|pure|clean|girl|"
        r"marry|grown|back home|before)|\b(?:make|makes|made|become|becomes) (?:me|her|them|you|my "
        r"\w+) (?:a |into a )?(?:proper |real |grown )?(?:woman|women|lady)\b|"
        r"\b(?:proper|real|good|clean|pure) (?:girl|woman|wife|muslim girl)s? now\b|"
        r"\b(?:gonna|going to|will) be a (?:proper|real|clean|pure) (?:girl|woman|lady)|"
        r"\b(?:like|as) (?:she|they|mum|mummy|i|grandma) had (?:done|it done)|"
        r"\b(?:(?:secret|special|girls'?|coming of age) ceremony|cutting|cut|circumcis\w*|pure|clean|woman) "
        r"(?:\S+ ){0,10}?(?:somalia|sudan|"
        r"egypt|eritrea|ethiopia|djibouti|sierra leone|guinea|mali|gambia|nigeria|kenya|yemen|"
        r"kurdistan|back home)|\b(?:somalia|sudan|egypt|eritrea|ethiopia|djibouti|sierra leone|guinea|"
        r"mali|gambia|yemen|kurdistan|back home) (?:\S+ ){0,10}?(?:(?:secret|special|girls'?|coming of "
        r"age) ceremony|be cut|get cut|cutting|"
        r"circumcis\w*|pure|clean|proper girl|a woman|become a woman)",
    ),
    RADICALISATION: (
        r"\btold (?:him|her|me|them) to hate\b|\b(?:hate|hates|hating) (?:all )?(?:muslims|jews|immigrants|"
        r"foreigners|black people|white people|gay people|women)\b|\btake up arms\b|\blizard people\b|"
        r"\b(?:are|is) (?:lizards|reptilians)\b",
        r"\bholy war\b|\bcrusade\b|\bbehead\w*|\bwhite race\b|\b(?:white people|our people|christians|"
        r"muslims|the race) (?:is|are) (?:under attack|being replaced|being wiped out)",
        r"\b(?:immigrants|muslims|jews|foreigners|asylum seekers|refugees|gays|blacks|whites|christians|"
        r"non-?believers|women) (?:\w+ ){0,3}?(?:should|must|need to|deserve to) (?:\w+ ){0,3}?(?:die|be "
        r"killed|killed|be shot|be sent back|be gassed|burn|be wiped out|be removed)|\bfar[- ]right\b|"
        r"\balt[- ]right\b|\bwhite suprem\w*|\b(?:marry|join|go to) (?:a |the )?(?:fighters?|mujahid\w*|"
        r"jihadi\w*)|\b(?:the )?(?:jews|muslims|immigrants|elites?|globalists|zionists) (?:\w+ )?"
        r"(?:control|run|own) (?:everything|the world|the media|the government|the banks)",
        r"\bradicalis\w*|\bradicaliz\w*|\bextremis\w*|\bjihad\w*|\bisis\b|\bisil\b|\bdaesh\b|"
        r"\bcaliphate\b|\bmartyr\w*|\bmujahid\w*|\bkuffar\b|\bkafir\w*|\binfidels?\b|"
        r"\bwhite (?:power|genocide|pride|race)|\bgreat replacement\b|\brace war\b|\binvaders?\b|"
        r"\bremigration\b|\b1488\b|\bneo-?nazi\w*|\bnazis?\b|\bsieg heil|\bhitler (?:was|is|did)|"
        r"\bincels?\b|\bblack ?pill\w*|\bred ?pill\w*|\bfoids?\b|\bfemoids?\b|\bmanifesto\b|"
        r"\baccelerationis\w*|\bterroris[mt]\w*|\b(?:be|become) a (?:hero|martyr|legend|saint) like\b|"
        r"\b(?:our|my|the) (?:brothers|sisters) (?:\w+ ){0,2}?(?:fighting|fight|dying|need us)|"
        r"\b(?:join|joining|fight (?:with|for)|go (?:and )?fight) (?:them|the (?:brothers|fighters|"
        r"cause|struggle|war))|\b(?:travel|go|going|move|get) to (?:syria|iraq|afghanistan|the "
        r"caliphate|the front)|\bnot (?:real|true|proper|good) (?:believers|muslims|christians|"
        r"patriots)|\bkill (?:all )?(?:the )?(?:muslims|jews|immigrants|foreigners|gays|women|"
        r"blacks|whites|non-?believers)|\b(?:women|immigrants|muslims|jews|foreigners) deserve\b|"
        r"\b(?:the )?system (?:\w+ )?(?:has to|must|needs to|should|will) (?:burn|fall|be destroyed|"
        r"be burnt|be burned|collapse)|\bburn (?:it )?(?:all )?down\b|"
        r"\bdo something (?:big|huge|massive)\b|\bonly ones (?:who|that) (?:tell|know|speak) the truth|"
        r"\b(?:wake up|woke up) to the truth|\b(?:new|secret|private|online) (?:group|server|chat|"
        r"friends) (?:\S+ ){0,8}?(?:truth|only ones|real enemy|enemies|traitors|invaders)|"
        r"\b(?:server|group chat|forum|channel|telegram) (?:\S+ ){0,8}?(?:deserve|punish\w*|"
        r"traitors|enemy|enemies|race|invaders|kill)",
    ),
    MODERN_SLAVERY: (
        r"\b(?:came|brought|smuggled|arrived) (?:\w+ ){0,2}?(?:in|on|by) (?:the back of )?(?:a |the )?"
        r"(?:lorry|truck|van|boat|container|dinghy)",
        r"\b(?:take|takes|took|keep|keeps|kept) (?:all )?(?:our|my|their|her|his) (?:wages|pay|earnings)|"
        r"\b(?:forced|made|make|makes) (?:me |us |them )?(?:to )?work\b|\bbrought (?:\w+ ){0,2}?to "
        r"(?:england|the uk|britain|this country)",
        r"\bnot (?:being )?paid(?:\s\S+){0,6}?\s(?:bed|food|roof|room|keep)\b|\b(?:only|just) (?:get|got|"
        r"given) (?:a )?(?:bed|food|room) (?:and|for)\b|\b(?:work|working) for (?:my )?(?:food|a bed|"
        r"bed and board|my keep)|\bbrought (?:us|me|her|him) (?:here|over|to)(?:\s\S+){0,8}?\s(?:owe|"
        r"debt|pay (?:it )?back|work)|\bowe (?:them |him )?(?:thousands|£\d+|\d+ ?(?:k|grand))",
        r"\btraffick\w*|\bmodern slavery\b|\bdebt bondage\b|"
        r"\b(?:kept|keep|keeps|treat\w*|used|use|uses) (?:me|us|her|him|them) (?:\w+ )?(?:as|like) "
        r"(?:a |an |their |his |her )?(?:slaves?|servants?|maid|prisoners?|skivvy|property)|"
        r"\b(?:their|a|his|her) (?:slave|servant|maid)\b(?<!feel like a slave)|"
        r"\b(?:work|works|working|worked|made to work|make me work|makes me work|labour) "
        r"(?:\w+ ){0,6}?(?:(?:for no|with no|without|no) (?:pay|money|wages|payment)|for nothing|"
        r"for free)\b|\b(?:no|without) (?:pay|wages|money) for (?:a|\d+|"
        r"months|years|weeks)|"
        r"\b(?:keeps?|kept|took|taken|takes|has|have|holds?|held|hold|confiscat\w+) (?:\w+ )?(?:my|our|"
        r"her|his|their|all our|all my) (?:papers|passports?|documents|id|visas?|brp|identity)\b"
        r"|"
        r"\b(?:owe|owes|owed|debt) (?:\S+ ){0,10}?(?:work (?:it )?off|work until|work for|until "
        r"(?:it'?s|it is|its|we'?ve|we have) (?:paid|paid off|paid back))|\bwork (?:it )?off\b|"
        r"\b(?:man|men|person|people|woman|agent|gang) who (?:brought|bring|smuggled|arranged|got) "
        r"(?:us|me|my \w+)\b(?:\s\S+){0,3}?\s(?:here|over|to (?:england|the uk|britain)|visa|"
        r"passports?|money|work)|\bcomes? (?:\w+ )?(?:every|each) (?:week|month|day) for (?:money|"
        r"(?:the|my|our) (?:money|wages|pay))|"
        r"\b(?:makes?|made|making|forced|force) (?:me|us|her|him|them) (?:to )?(?:work|clean|cook|"
        r"labour)\b(?:\s\S+){0,8}?\s(?:every day|all day|from \d|no school|not go to school|"
        r"instead of school|no money|no pay|for free|for nothing|day and night|all night|hours)|"
        r"\b(?:cook|clean|work)\w* (?:and (?:cook|clean)\w* )?from \d+ ?(?:am|in the morning)|"
        r"\bnot allowed (?:out|to (?:go )?out|to leave|money|to have money)|"
        r"\b(?:do|does|doing) all the (?:cleaning|cooking|work|housework)\b(?:\s\S+){0,12}?\s"
        r"(?:shouts?|hits?|can not|not allowed|no school|every day)",
    ),
    WEAPONS: (
        r"\b(?:setting|sets|set|started|starting|starts|lighting|lit) (?:\w+ )?fires\b|\bfire ?setting",
        r"\b(?:gonna|going to|will|'?ll|wanna|want to|swear|i'?ll|planning to|gunna|finna) (?:\w+ )?"
        r"(?:stab|shoot|shank|merk|murk|kill|murder|batter|slash) (?:whoever|anyone|anybody|them all|"
        r"all of them)\b",
        r"\b(?:carry|carries|carrying|carried|bring|brings|bringing|brought|take|takes|took|have|has|"
        r"had|got|keep|keeps|kept|hide|hides|hid|hiding|showed|shows|show|pull(?:s|ed)?|pulled out|"
        r"bought|buy|buys|found|find|get|getting|with) (?:\w+ ){0,3}?(?:knife|knives|blade|machete|"
        r"shank|zombie knife|kitchen knife|gun|guns|firearm|pistol|shotgun|rifle|weapon\w*|"
        r"knuckle ?dusters?|acid|crossbow|bat|baseball bat|hammer|axe|samurai sword|sword|taser)\b"
        r"|"
        r"\b(?:knife|knives|blade|machete|gun|weapon)s? (?:\w+ ){0,3}?(?:in (?:his|her|my|their|the) "
        r"(?:bag|room|pocket|coat|drawer|car|waistband)|under (?:his|her|my|the) (?:bed|pillow))|"
        r"\b(?:gonna|going to|will|'?ll|wanna|want to|wants to|swear|i'?ll|would|'?d|planning to|plan "
        r"to|gunna|finna|about to|threaten\w* to) (?:\w+ ){0,2}?(?:stab|shoot|shank|merk|murk|kill|"
        r"murder|batter|glass|bomb|blow up|burn|torch|acid|slash|cut up|shoot up|jump|hurt|smash) "
        r"(?:up )?(?:him|her|them|someone|somebody|everyone|people|the lot|that|this|the|my|his|her|"
        r"their|you|me|us|all|any|a|every)\b(?! (?:\w+ )?(?:exams?|tests?|interviews?|gcses?|sats|mocks?|"
        r"goals?|targets?|records?|competition|race|presentation|driving test|audition|course|year|"
        r"homework|assignments?|coursework|job|workout|training|session)\b)|"
        r"\bshoot(?:ing)? up (?:the |a |my )?(?:school|place|class|"
        r"college)|\b(?:looking at|looked at|look up|searching|searched|researching|buying|bought|"
        r"getting|get|order\w*|making|make|made) (?:\w+ ){0,2}?(?:guns?|knives|weapons|bombs?|"
        r"explosives)\b|\bhow to (?:make|build) (?:a )?(?:bomb|explosive|weapon|gun)|"
        r"\b(?:set|sets|setting) fire to\b|\bburn (?:the|their|his|her|our) (?:house|school|car|flat)"
        r" down|\b(?:threaten\w*|said (?:he|she)'?d?|says (?:he|she)'?(?:ll|d)?|says (?:he|she) will) "
        r"(?:\w+ ){0,3}?(?:kill|stab|shoot|hurt|burn|murder)|\bkill (?:me|us) (?:and|&) the kids|"
        r"\bthreat\w* (?:\w+ )?(?:to )?(?:kill|hurt|stab|burn|beat|smash)|"
        r"(?:will|'?ll|would|'?d|going to|gonna|wants? to|tried to|try to|said he|"
        r"said she) (?:\w+ )?(?:kill|stab|hurt|strangle|shoot|burn) (?:me|us|you|"
        r"him|her|mum|dad|my|the)\b|\b(?:hurt|hurts|hurting|attack\w*|hit|hits|hitting|kill\w*) (?:other )?"
        r"(?:kids|children|people|animals|pets|the cat|the dog)\b(?:\s\S+){0,6}?\s(?:on purpose|for fun|"
        r"laugh\w*|enjoy\w*)|\bshow them all\b|\bshow (?:them|everyone) (?:all )?(?:what|who)",
    ),
}
