"""The versioned theme codebook: what families told the councils they want, and what they talk about.

Service themes come from Wiltshire's families (seed reports 000 appendix 6.1.2 and 001 paragraph 7);
outcome themes from the Family by Family outcome statements; practical themes from everyday life.
Cue patterns are plain words, stemmed before matching: "~" allows up to three words in between and a
trailing "*" matches any ending. Codes are stable: never reuse or reword a code, add a new one.
"""

from dataclasses import dataclass

CODEBOOK_VERSION = "2026.11-1"


@dataclass(frozen=True)
class Theme:
    """One theme: a stable code, a plain-English label, what it covers and the cues that find it."""

    code: str
    label: str
    description: str
    group: str
    cues: tuple[str, ...]


SERVICE = "how the service felt"
OUTCOME = "outcomes for the family"
PRACTICAL = "practical matters"

THEMES: tuple[Theme, ...] = (
    Theme("help_sooner", "Help sooner", "Getting help earlier, before things get really bad.", SERVICE,
          ("sooner", "earlier", "help ~ quick*", "quick* ~ help", "before ~ get* ~ bad",
           "before ~ fell apart", "too late", "came late", "get involv* ~ earli*", "year* earli*",
           "seen quick*", "quick to respond", "straight away", "about ~ service ~ sooner")),
    Theme("more_time", "More time with workers", "More time with workers and support that lasts "
          "long enough.", SERVICE,
          ("more time", "time with ~ worker", "more visit*", "more session*", "longer support",
           "support for longer", "end* too soon", "stop* too soon", "close* ~ too quick*",
           "close* ~ case ~ soon", "close our case", "felt rush*", "rush*", "never rush*",
           "time she spent", "time he spent", "time they spent", "bit more time", "visit* ~ more",
           "ended just as", "disappoint* ~ stop*", "when ~ support stop*", "more support",
           "only had one visit", "need more support", "stop* ~ too early")),
    Theme("fewer_professionals", "Fewer professionals, each with a purpose",
          "Fewer professionals involved, each with a clear purpose, and no conflicting advice.",
          SERVICE,
          ("too many professional*", "too many people", "too many adult*", "too many worker*",
           "less people", "fewer people", "less professional*", "fewer professional*",
           "different thing*", "conflict* advice", "pass* ~ pillar", "pillar to post",
           "pass* ~ around", "pass* from ~ to", "pass* between", "one team to another",
           "fewer ~ involv*", "many agenc*")),
    Theme("whole_family", "Support for the whole family",
          "Support for every member of the family, so all are listened to: parents, siblings, dads.",
          SERVICE,
          ("whole famili*", "all of us", "help* ~ dad", "dad ~ left out", "includ* dad",
           "left out", "other kid*", "other child*", "sibling*", "brother* and sister*",
           "my partner ~ help", "help* ~ my husband", "husband too", "single dad", "for dad*",
           "young carer*", "kid* too", "ask* my kid*", "everyone sat down", "not just me",
           "not just my", "as well as mum", "for all of us", "afterthought", "dad felt")),
    Theme("praise", "Praise for what went well",
          "Being praised for what the family has done well, giving a sense of achievement.",
          SERVICE,
          ("prais*", "told ~ doing ~ well", "told ~ good job", "done ~ well", "do* ~ right",
           "proud", "sense of achiev*", "achiev*", "doing well", "good job", "good mum",
           "good dad", "good parent", "made up", "criticis*")),
    Theme("kept_informed", "Being kept informed",
          "Being kept up to date, with no surprises in meetings, calls and emails returned.",
          SERVICE,
          ("kept informed", "keep* ~ informed", "inform*", "kept in the loop", "in the loop", "up to date",
           "communicat*", "call* back", "ring* back", "rang back", "phone* back", "return* ~ call*",
           "respond* to email*", "repl*", "never heard back", "heard nothing", "nobody told",
           "no one told", "not told", "found out", "notic*", "surpris*", "didn't know about",
           "did not know about", "chase*", "where we stood", "check* in", "keep* ~ post*",
           "reply", "email*")),
    Theme("explained", "Being spoken to and things explained",
          "Things explained in plain words, in the family's language, without jargon.", SERVICE,
          ("explain*", "jargon", "plain english", "understand", "understood", "my own languag*",
           "in english", "interpret*", "what ~ meant", "words used", "what ~ form* ~ for",
           "spoken to", "talk* to me like", "make it less scari", "going to take my kid*")),
    Theme("not_tick_box", "More than a tick box",
          "Being treated as people, not a form to fill in or a case number.", SERVICE,
          ("tick box*", "tick* box*", "just a number", "case number", "like a number",
           "like a person", "like people", "proper person", "treat* ~ person", "treat* us like",
           "paperwork", "form say*", "same question*", "get to know us", "got to know us",
           "writ* thing* down", "just writ*")),
    Theme("what_next", "Knowing what happens next",
          "Knowing who does what, what the steps are and what happens when support ends.",
          SERVICE,
          ("what* ~ happen* next", "what happens now", "what is ~ happen*", "next step*",
           "what happen* after", "happen* at each step", "each step", "what is going on",
           "limbo", "no idea what", "made a plan", "have a plan", "the plan", "case ~ close*",
           "close* the case", "when the support stop*", "support has end*", "knew where")),
    Theme("one_front_door", "One front door",
          "One place to go for help, phones answered, and telling the story once.", SERVICE,
          ("front door", "one number", "who to call", "who to ring", "where to go", "answer ~ phone*",
           "phone line", "duty line", "ring* out", "different number*", "repeat* my stor*",
           "tell* ~ stor* ~ again", "tell* ~ stor* ~ each time", "over and over", "same question*",
           "pass* ~ around", "one team to another", "easier to get help", "tell* our stor*")),
    Theme("key_person", "A consistent key person",
          "One consistent key worker the family knows and can reach.", SERVICE,
          ("same worker", "one person", "key worker", "keyworker", "my worker", "family worker",
           "worker kept chang*", "chang* ~ worker", "worker ~ chang*", "chang* of worker", "new worker*",
           "four worker*", "three ~ worker*", "different worker*", "between worker*",
           "my rock", "text my worker", "deserve* a medal", "went off sick", "always there")),
    Theme("listened_to", "Being listened to and seeing action",
          "Being listened to and believed, and seeing something done about it.", SERVICE,
          ("listen*", "felt heard", "feel heard", "believ*", "take action", "did what ~ said",
           "never did what", "follow* through", "what we ~ need", "what I want*", "ask* ~ what I",
           "they did it",
           "thing* ~ changed", "understanding", "without ~ judg*", "didn't judg*",
           "how I feel", "not correct*", "say what", "said what")),
    Theme("champion_challenge", "A champion who also challenges",
          "A worker on the family's side who also tells them straight.", SERVICE,
          ("on my side", "fight* my corner", "fought my corner", "in my corner", "back me up",
           "backed me up", "champion", "told me straight", "told straight", "tell* me straight",
           "honest* with me", "told me honestly", "challeng*", "push*", "stuck up for")),
    Theme("community", "Community and isolation",
          "Connecting with people, places and groups; feeling less alone or isolated.", OUTCOME,
          ("isolat*", "alone", "lonely", "lonel*", "on my own", "friend*", "group*", "club*",
           "meet people", "met people", "communit*", "drop in", "hub", "day* out",
           "other famili*", "stuck indoors", "activit*", "welcoming")),
    Theme("family_relationships", "Family relationships",
          "Getting on better as a family: routines, behaviour, arguments, time together.", OUTCOME,
          ("get on", "as a famili*", "famili* time", "together", "shout*", "argu*", "fight*",
           "behaviour*", "kick* off", "routine*", "bedtime", "anger", "calmer", "calm",
           "talk more", "communicat* better", "see my dad", "see my mum", "teenager",
           "parenting")),
    Theme("confidence", "Confidence",
          "Confidence, self-esteem and feeling capable, an OK person and parent.", OUTCOME,
          ("confiden*", "self esteem", "self-esteem", "good at", "cope", "coping", "ok person",
           "ok parent", "believ* in me", "speak up", "good mum", "good dad", "feel more able",
           "proud")),
    Theme("future_goals", "Future and goals",
          "Hope for the future, goals set and met, work, training and next steps in life.",
          OUTCOME,
          ("future", "goal*", "make a plan", "job", "back to work", "college", "career", "training",
           "optimistic", "hope*", "when I'm older", "back to work", "get a job", "got a job")),
    Theme("housing", "Housing", "Home, housing, repairs, damp, rent and temporary accommodation.",
          PRACTICAL,
          ("hous*", "damp", "mould", "rent", "landlord", "accommodation", "hotel room",
           "hostel", "one room", "evict*", "council flat", "moved", "bedroom tax", "repair*",
           "homeless*", "move*", "new home", "our home", "temporary")),
    Theme("money", "Money", "Money, benefits, debt, bills, food and essentials.", PRACTICAL,
          ("money", "benefit*", "debt*", "bill*", "food bank", "food voucher*", "voucher*",
           "universal credit", "afford*", "arrear*", "pay*", "cost", "budget*", "bed for",
           "childcare", "skint", "grant*")),
    Theme("school", "School", "School, college, attendance, exclusion, SEN support and EHCPs.",
          PRACTICAL,
          ("school*", "teacher*", "ehcp", "exclud*", "exclusion", "sen", "senco",
           "college", "exam*", "homework", "attendanc*", "classroom", "nurseri*", "exam*",
           "school transport", "school place", "education")),
    Theme("health", "Health", "Physical and mental health, diagnosis, CAMHS, GPs and waiting "
          "lists for health services.", PRACTICAL,
          ("health", "mental health", "camhs", "gp", "doctor*", "anxiet*", "depress*",
           "antidepressant*", "diagnos*", "adhd", "autis*", "nurse", "hospital", "therap*",
           "counsel*", "is ill", "making ~ ill", "poorli", "assessment", "appointment*",
           "medication", "sick")),
    Theme("waiting", "Waiting", "Waiting lists, delays and slow responses.", PRACTICAL,
          ("wait*", "ages", "took ~ long", "too long", "delay*", "slow*", "still ~ wait*",
           "month* ~ before", "limbo", "quicker", "quick* repl*", "speed",
           "month* for", "year* for", "week* for", "waiting list", "left without")),
)

THEMES_BY_CODE = {theme.code: theme for theme in THEMES}
