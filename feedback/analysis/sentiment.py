"""Sentiment of a family's comment, fitted to feedback answers rather than product reviews.

TextBlob's PatternAnalyzer scores each clause; rules on top handle what it misses in short answers:
the question being answered ("Nothing" praises when asked what to do better), negation it cannot
see ("can't think of anything good"), requests worded with positive words ("more time would be
nice"), complaints with no sentiment words ("waited three hours") and comments that are mixed.

A learned model (sentiment_model.py, trained on public NHS patient comments) reads the whole comment
as well. Every comment with any tone gets a main tone (positive or negative: what NHS analysts label),
from the rules' polarity and the model's blended by a weight chosen on trusts the model was not
trained on. Separately, a comment where the rules found praise and criticism and the model is not
sure is marked mixed ("mixed, mainly negative"); its label is then "mixed", as staff pages show it.
The rules still decide whole answers ("Nothing") and, if cross-trust figures say so, negated praise;
where the rules found no feeling at all, the model's vote rests on content words only, never on
"my" or "me". Both leave cues, so staff can see why.
"""

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from textblob.en import sentiment as pattern_sentiment

from feedback.analysis.questions import ANYTHING_ELSE, DO_BETTER, HELPED_MOST
from feedback.analysis.sentiment_model import Prediction, load_model
from feedback.analysis.wordforms import normalise

POSITIVE = "positive"
MIXED = "mixed"
NEGATIVE = "negative"
LABELS = (POSITIVE, MIXED, NEGATIVE)

# Long pasted documents would stall a batch; the opening is enough to judge the tone.
MAX_SENTIMENT_CHARS = 5000


@dataclass(frozen=True)
class SentimentResult:
    """A comment's sentiment label, its polarity from -1 to 1 and the cues that decided it."""

    label: str
    polarity: float
    cues: tuple[str, ...]
    # The main tone even of a mixed comment (None when there is no tone at all, as in "n/a"), and
    # whether it mixes praise and criticism: "mixed, mainly negative" is label mixed, main tone negative.
    main_tone: str | None = None
    is_mixed: bool = False


_CLAUSE_SPLIT = re.compile(
    r"[.!?;:\n]+|,|\s-\s|\b(?:but|however|although|though|except|apart from|whereas|other than)\b")
_TOKEN = re.compile(r"[a-z0-9']+")
_NEGATORS = frozenset("not never no nobody hardly without cannot nor".split())

# A whole answer that says "nothing": praise for "do better", criticism for "helped most".
_NIL = re.compile(
    r"(?:nothing|none|no|nope|nah|nothing at all|nothing really|not really|not a thing|"
    r"nothing i can think of|can not think of anything|not that i can think of|nothing to say|"
    r"nothing to (?:improve|change|add)|nothing else|nothing else to add|not much|not a lot|"
    r"not a great deal|nothing yet|nothing so far|no thank you|no thanks|nothing major|"
    r"not at this time|nothing more|no nothing|nothing honestly|honestly nothing|"
    r"can not think of anything (?:you could do better|to improve|else)(?: honestly)?|"
    r"not sure what you could (?:do better|improve(?: on)?)(?: really)?|"
    r"(?:to be )?honest(?:ly)? nothing(?: has helped)?)")
_UNSURE = re.compile(r"(?:n/?a|na|-+|\?+|\.+|i do not know|do not know|dunno|idk|not sure|"
                     r"not sure yet|no idea|no comment|unsure|i am not sure)")
_NEUTRAL = re.compile(r"(?:it was |it is |its |it's |was |all )?(?:ok|okay|fine|alright|all right|"
                      r"average|so-so|not bad not good)")
_EVERYTHING = re.compile(r"(?:honestly |just )?everything(?: honestly| really)?")

_REQUEST = re.compile(
    r"\bwould (?:be|have been) (?:good|nice|great|lovely|better|helpful|useful|ideal) (?:if|to)\b|"
    r"\bwould (?:like|love|have liked|prefer|want)\b|\bi wish\b|\bwish (?:there|you|they|someone)\b|"
    r"\bif only\b|\b(?:could|should) (?:have|of) (?:helped|been|done|had|visited|listened|told)\b|"
    r"\bneed(?:ed|s)? (?:more|better|help|someone|to)\b|\bplease\b|\bcan someone\b|"
    r"\bi want (?:help|more|someone)\b|\bit would help\b|\bmore help\b|\bmaybe\b")
_REQUEST_START = re.compile(
    r"^(?:just |maybe |perhaps |really |a bit |more )?(?:more|less|fewer|better|quicker|faster|"
    r"earlier|sooner|longer|shorter|help (?:with|for|us|me|dad|my|sooner)|earlier|"
    r"support (?:for|with|in)|make (?:it|the|sure)|stop|answer|call|ring|tell|let (?:me|us)|"
    r"explain|listen|include|give|sort|be (?:more|less|on)|back (?:me|us)|respond|follow|"
    r"treat|do not|don't|have (?:the|a|more)|turn up|talk|speak|get (?:involved|back)|keep the "
    r"same|actually|interpreters|communication|speed|being)\b")
_KEEP_GOING = re.compile(
    r"\bkeep (?:doing|going|up|it up|funding|this|running)\b|\bmore of the same\b|"
    r"\bwould (?:love|like) to keep\b|\bwould recommend\b|\bno complaints\b|"
    r"\b(?:would|could) not (?:change|improve) (?:anything|a thing)\b|\bwithout (?:you|this|your|"
    r"her|him|them|the support|their)\b")

def _from_word_starts(emoji: str, pattern: str) -> re.Pattern[str]:
    """Compile a pattern whose every branch starts at a word boundary or with one of the emoji."""
    # Trying ~150 branches at every character was a tenth of the analyser's time; the lookahead
    # rejects most positions at once (the same matches on 11,783 clauses of NHS A+C and our corpora).
    return re.compile(rf"(?=\b|[{emoji}])(?:{pattern})")


# Praise worded with a negator, which the negation rule would otherwise turn round: "could not have
# been more helpful", "can not thank them enough", "nothing was too much trouble" (read in NHS Trusts
# A and C, where 153 of the 232 comments with "negated praise" were praise).
_PRAISE_IDIOM = re.compile(
    r"\b(?:could|can|would) not (?:have |of )?(?:been |be |do |done |ask for |asked for |wish for |"
    r"wished for |hope for |hoped for |expect |expected |had |receive |received |been treated |"
    r"be treated |been cared for |be cared for |been looked after |be looked after )"
    r"(?:\w+ )?(?:any |much )?(?:better|more)\b|"
    r"\bcan not (?:thank|praise|recommend|rate|speak highly of) (?:\w+ ){0,6}?enough\b|"
    r"\bcan not (?:fault|complain|criticise|criticize)\b|"
    r"\bnothing (?:was |is |seemed |ever seemed )?too much (?:trouble|bother|effort)\b")
# "No, everything was fine": a "no" answering the question is not a negator of what follows.
_ANSWER_NO = re.compile(r"^(?:no|nope|nah)\b\W*(?=(?:you|everything|all|it|it's|its|i|we|they|"
                        r"thank|thanks|staff|the staff|very)\b)")

_COMPLAINT = _from_word_starts(
    "😡😠😢👎",
    r"\bwait(?:ed|ing|s)?\b|\btook (?:ages|forever|months|weeks|years|so long|too long)\b|\bages\b|"
    r"\b(?:months|weeks|years|hours) (?:before|for|to|later)\b|\bstill (?:waiting|no|not|"
    r"struggl\w*|on the|very|really|hard|in|feel|have|need)\b|\bcancel\w*|"
    r"\bnever (?:turned up|came|rang|called|heard|got|replied|did|explained|listened|returned|"
    r"answered|helped|followed)\b|\b(?:nobody|no one|noone|no-one) (?:\w+ )?(?:told|rang|"
    r"called|explained|cared|listened|helped|came|returns?|rings?|seems|does|did|could|can)\b|"
    r"\bnot (?:told|listened|heard|explained|helped|returned|good enough|enough)\b|"
    r"\b(?:did|does|do|was|were|is|has|have|had|will|would) not (?:really |even |actually )?(?:listen|help|"
    r"explain|return|care|change|turn up|ring|call|get|work|understand|like|trust|feel any|"
    r"know what|hear)\w*|\bchas(?:e|ed|ing)\b|\bpass(?:ed)? (?:around|from|between)\b|"
    r"\bpillar to post\b|\blimbo\b|\blet down\b|\bjudged\b|\bjudgemental\b|\brushed\b|"
    r"\brushing\b|\bignored\b|\bfobbed off\b|\bleft out\b|\blost (?:our|my|the)\b|"
    r"\bleft without\b|\btoo (?:many|late|long|soon|little|quick(?:ly)?)\b|\bkept (?:changing|"
    r"cancelling)\b|\bjust a number\b|\btick ?box\b|\bjargon\b|\bmade (?:me|us) feel (?:like )?"
    r"(?:stupid|a bad|worse|small|useless|judged)|\bfeel (?:like )?(?:stupid|a bad)|\bworse\b|"
    r"\bshambles\b|\bjoke\b|\bnightmare\b|\buseless\b|\bpointless\b|\brubbish\b|\bawful\b|"
    r"\bterrible\b|\bappalling\b|\bdisgrace\w*|\bboring\b|\bwaste\b|\bstruggl\w*|\bworried\b|"
    r"\bisolated\b|\blonely\b|\bscared\b|\bno (?:help|support|idea|money|school place|kitchen|"
    r"one ever|confidence)\b|\b(?:could|can) be better\b|\bnot (?:good|great|helpful|much)\b|"
    r"\blate\b|\bon (?:her|his) phone\b|\bhated?\b|\bnot like\b|\bnobody ever\b|\bfor nothing\b|"
    r"\bafterthought\b|\bnothing (?:has )?(?:really |actually )?(?:helped|changed|happened)\b|"
    r"\bnot (?:think )?(?:anything|much) (?:has )?(?:actually |really )?changed\b|"
    r"\bshocking\b|\bslow\b|\bhard\b|\bdisappointed\b|\bconfus\w*|\bexhausting\b|\bfreezing\b|"
    r"\bnot (?:trust|coping|cope)\b|\bexcluded\b|\bill\b|\bproblems?\b|\bmistakes?\b|"
    r"\bwrong\b|\bscary\b|\bunhelpful\b|\bno-one\b|\brefused\b|\bdid not really help\b|"
    r"\bwhere do i start\b|\bhiccups?\b|\bnot afford\w*|\bstopped trusting\b|"
    r"\bnobody\b|\bno one\b|\bno-one\b|😡|😠|😢|👎|"
    # Harm is not praise: words TextBlob has no tone for ("my partner hits me" read positive).
    r"\b(?:hits?|hurts?|kicks?|kicked|punch(?:es|ed)?|slap(?:s|ped)?|threaten(?:s|ed)?) (?:me|us|my|"
    r"her|him|them|mum|mom)\b|\bhitting\b|\bhurting\b|\babus(?:e|ed|es|ive|ing)\b|\bviolen(?:t|ce)\b|"
    r"\bdrunk\b|\bafraid\b|\bfrightened\b|\bunsafe\b|\bbull(?:y|ied|ies|ying)\b|\bshout(?:s|ed|ing)? at\b|"
    r"\bscream(?:s|ed|ing)? at\b")
_PRAISE = _from_word_starts(
    "🙏❤👍😊🙂😀",
    r"\bhelp(?:ful|ed|s)\b|\bsupportive\b|\blife ?saver\b|\blife ?line\b|\bfab\b|\bfabulous\b|"
    r"\bgrateful\b|\bthank(?:s|ful|ing)?\b(?! for nothing)|\bcheers\b|\brecommend\w*|"
    r"\babove and beyond\b|"
    r"\bmy rock\b|\bmade up\b|\blife ?changing\b|\bchanged (?:our|my) li(?:fe|ves)\b|"
    r"\bmade a (?:real |big |huge )?difference\b|\bcalmer\b|\bhappier\b|\bproud\b|\bbelieved\b|"
    r"\blistened\b|\bheard\b|\bcaring\b|\bpatient\b|\bwelcoming\b|\bsorted\b|\bmedal\b|"
    r"\bhero\b|\bangel\b|\bsound\b|\bliked\b|\blikes\b|\bloved?\b|\bbrill\b|\bsmiling\b|\bconfidence\b|"
    r"\bmore confident\b|\bbetter now\b|\bmuch better\b|\bso much better\b|\bdoing better\b|"
    r"\bat last\b|\bfinally\b|\bon my side\b|\bgot there\b|\bbelieving\b|\bcare(?:s|d)\b|"
    r"\bworks\b|\bcope\b|\bok person\b|\bok parent\b|\bgood mum\b|\bfriends\b|🙏|❤|👍|😊|🙂|😀")
_TIME_CONTRAST = re.compile(r"\b(?:at first|at the start|at the beginning|initially|to begin with)\b")

_WEIGHT = 0.5
# How sure (2p - 1) the model must be to call praise what the rules read only as criticism.
OVERRULE_BAND = 0.5
_QUESTION_PRIOR = {DO_BETTER: -0.35, HELPED_MOST: 0.35, ANYTHING_ELSE: 0.0}
_NIL_SCORE = {DO_BETTER: 0.6, HELPED_MOST: -0.6}


# TextBlob scores only words in its lexicon (and emoticons): a clause with none of them is 0 without
# asking it, as a third of clauses are (the same polarity on 12,017 clauses of NHS A+C and our corpora).
_LEXICON = frozenset(word.lower() for word in pattern_sentiment.keys())
_LEXICON_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_ODD_CHARACTER = re.compile(r"[^a-z0-9\s'\-.,!?\"()/&]")


@lru_cache(maxsize=16384)
def pattern_polarity(text: str) -> float:
    """Return TextBlob's PatternAnalyzer polarity, cached: feedback repeats itself a lot."""
    if not _ODD_CHARACTER.search(text) and _LEXICON.isdisjoint(_LEXICON_TOKEN.findall(text)):
        return 0.0
    # The function PatternAnalyzer.analyze wraps: analyze builds a namedtuple class on every call,
    # which was a quarter of the time the analyser took.
    return float(pattern_sentiment(text)[0])


def _is_negated(tokens: list[str], index: int) -> bool:
    """Return whether a negator sits up to four words before the word at index."""
    return any(token in _NEGATORS for token in tokens[max(0, index - 4):index])


def _negated_cues(clause: str, pattern: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """Split a pattern's matches in a clause into plain and negated ones."""
    plain, negated = [], []
    for match in pattern.finditer(clause):
        before = _TOKEN.findall(clause[: match.start()])
        cue = match.group(0)
        # A complaint cue that itself carries the negator ("not told") is not a double negative.
        if _is_negated(before + ["x"], len(before)) and not cue.startswith(tuple(_NEGATORS)):
            negated.append(cue)
        else:
            plain.append(cue)
    return plain, negated


def _score_clause(clause: str, question: str | None, is_first: bool) -> tuple[float, list[str]]:
    """Return one clause's score and the cues that produced it."""
    clause = _ANSWER_NO.sub("", clause)
    idiom = _PRAISE_IDIOM.search(clause)
    if idiom:
        return 0.7, ["praise: " + idiom.group(0)]
    if _KEEP_GOING.search(clause):
        return 0.7, ["keeps going: " + _KEEP_GOING.search(clause).group(0)]
    request = _REQUEST.search(clause)
    if request or (question == DO_BETTER and _REQUEST_START.match(clause)):
        cue = request.group(0) if request else _REQUEST_START.match(clause).group(0)
        return -_WEIGHT, ["request: " + cue.strip()]
    cues: list[str] = []
    base = pattern_polarity(clause)
    tokens = _TOKEN.findall(clause)
    if base > 0 and _NEGATORS.intersection(tokens):
        for index, token in enumerate(tokens):
            if _is_negated(tokens, index) and pattern_polarity(token) > 0:
                base = -base
                cues.append("negated: " + token)
                break
    if base:
        cues.append(f"textblob {base:+.2f}")
    complaints, negated_complaints = _negated_cues(clause, _COMPLAINT)
    praise, negated_praise = _negated_cues(clause, _PRAISE)
    score = base + _WEIGHT * (len(praise) + len(negated_complaints)
                              - len(complaints) - len(negated_praise))
    cues += [f"complaint: {cue}" for cue in complaints]
    cues += [f"praise: {cue}" for cue in praise]
    cues += [f"negated: {cue}" for cue in negated_praise]
    cues += [f"negated complaint: {cue}" for cue in negated_complaints]
    return max(-1.0, min(1.0, score)), cues


def whole_answer(text: str, question: str | None) -> tuple[float, str] | None:
    """Return the score of a one-phrase answer such as "Nothing" or "n/a", if it is one."""
    bare = text.strip(" .!,'\"")
    if _UNSURE.fullmatch(bare) or _NEUTRAL.fullmatch(bare):
        return 0.0, "no view given"
    if _NIL.fullmatch(bare):
        return _NIL_SCORE.get(question, 0.0), f"'{bare}' answering {question or 'unknown question'}"
    if _EVERYTHING.fullmatch(bare):
        return -_NIL_SCORE.get(question, 0.0), f"'{bare}' answering {question or 'unknown'}"
    return None


def score_sentiment(text: str, question: str | None = None) -> SentimentResult:
    """Return the sentiment of a comment answering the given question key (None if unknown)."""
    return score_normalised(normalise(text[: MAX_SENTIMENT_CHARS * 2])[:MAX_SENTIMENT_CHARS],
                            question)


def score_normalised(text: str, question: str | None, may_disclose_harm: bool = False) -> SentimentResult:
    """Return the sentiment of normalised text; may_disclose_harm if safeguarding flagged it."""
    clauses = split_clauses(text)
    if not clauses:
        return SentimentResult(MIXED, 0.0, ("empty",))
    whole = whole_answer(text, question)
    if whole is not None:
        score, cue = whole
        label = _label(score)
        return SentimentResult(label, score, (cue,), None if label == MIXED else label)
    rules = score_rules(clauses, text, question)
    if may_disclose_harm:
        # A disclosure of harm is not feedback on the service: whatever a model trained on patients'
        # thanks makes of "my" and "me", or of words it never saw ("he beat me up"), it has no tone
        # of its own. Praise the rules saw in it still counts, and makes it mixed.
        if not rules.has_praise:
            return SentimentResult(MIXED, 0.0, (*rules.cues, "may disclose harm: no clear tone"))
        rules = RuleScore(rules.polarity, True, (*rules.cues, "may disclose harm"))
    model = load_model()
    result = blend(rules, model.predict(text, question, rule_features(rules, text)), model.settings)
    if may_disclose_harm and not result.is_mixed:
        # However sure the model is of praise or criticism, a comment that may disclose harm is mixed.
        main = result.main_tone
        result = SentimentResult(MIXED, result.polarity, (*result.cues, f"praise and criticism, mainly "
                                 f"{main}" if main else "praise and criticism"), main, True)
    return result


# Which kind of cue each of the rules' cues is, as the model reads it (the cue's own words are not a
# feature: the model has the comment's words already).
_CUE_KINDS = ("negated complaint: ", "negated: ", "complaint: ", "praise: ", "request: ",
              "keeps going: ", "answering ", "turned around")


def rule_features(rules: "RuleScore", text: str) -> list[str]:
    """Return what the rules saw as model features: each cue's kind, TextBlob's sign, whether the
    rules found praise and criticism, their polarity's sign, and a request-like opening."""
    found = []
    for cue in rules.cues:
        if cue.startswith("textblob "):
            found.append("r textblob+" if cue[9] == "+" else "r textblob-")
            continue
        kind = next((kind for kind in _CUE_KINDS if cue.startswith(kind)), "other")
        found.append("r " + kind.rstrip(": "))
    if rules.is_mixed:
        found.append("r mixed")
    found.append("r polarity+" if rules.polarity > 0.1 else "r polarity-" if rules.polarity < -0.1
                 else "r polarity0")
    # Whatever the question: "more staff", "better parking" (the rules use this only for do_better).
    if _REQUEST_START.match(text):
        found.append("r request opening")
    return found


def blend(rules: "RuleScore", prediction: Prediction, settings: dict[str, float]) -> SentimentResult:
    """Return the sentiment from the rules' view and the model's (training mirrors the analyser)."""
    cues = list(rules.cues)
    if rules.cues:
        probability = prediction.probability
        cues.append(f"model {probability:.2f} positive")
    else:
        # The rules found no feeling at all: the model may decide, but from content words only.
        probability = prediction.content_probability
        if probability is None:
            return SentimentResult(MIXED, 0.0, (*cues, "no clear tone: no feeling words found"))
        cues.append(f"model {probability:.2f} positive (content words only)")
    cues += [f"model word +: {word}" for word in prediction.for_positive]
    cues += [f"model word -: {word}" for word in prediction.for_negative]
    learned = 2 * probability - 1
    # The main tone leans negative where the model is unsure: its margin moves by margin_shift, chosen
    # on unseen trusts to balance negative recall with macro-F1 (train_sentiment). How sure the model
    # is, for "mixed", is read before the shift.
    shift = settings.get("margin_shift", 0.0)
    toned = 2 * shift_probability(probability, shift) - 1
    # Praise the rules saw only negated ("can't think of anything good") is theirs to judge: the model
    # learned "can't think of anything" as praise from answers to "what could be improved?".
    weight = 0.0 if rules.is_negated else settings["model_weight"]
    # Label the stored (rounded) polarity, so a stored +0.000 is never called positive.
    polarity = round(max(-1.0, min(1.0, weight * toned + (1 - weight) * rules.polarity)), 3)
    content = prediction.content_probability
    content = None if content is None else shift_probability(content, shift)
    if (polarity > 0 > rules.polarity and not rules.has_praise
            and (content is None or 2 * content - 1 < OVERRULE_BAND)):
        # The rules found criticism and no praise: a model unsure on content words (swayed by "my"
        # and "me") does not turn that into praise. A safety rule, not a tuned one: on NHS trusts the
        # model was not trained on it costs 0.002 of main-tone macro-F1 (0.844 -> 0.842, Trusts A and C).
        polarity = round(max(-1.0, rules.polarity * (1 - weight)), 3)
        cues.append("criticism the model is not sure enough to overrule")
    main_tone = POSITIVE if polarity > 0 else NEGATIVE if polarity < 0 else None
    # Praise and criticism both found by the rules are "mixed" unless the model is sure of a main tone.
    is_mixed = rules.is_mixed and abs(learned) < settings["mixed_band"]
    if is_mixed:
        cues.append(f"praise and criticism, mainly {main_tone}" if main_tone else "praise and criticism")
    label = MIXED if is_mixed or main_tone is None else main_tone
    return SentimentResult(label, polarity, tuple(cues), main_tone, is_mixed)


def shift_probability(probability: float, shift: float) -> float:
    """Return the probability whose logit is the given one's plus shift."""
    if not shift or probability in (0.0, 1.0):
        return probability
    return 1.0 / (1.0 + math.exp(-(math.log(probability / (1.0 - probability)) + shift)))


@dataclass(frozen=True)
class RuleScore:
    """What the hand-written rules make of a comment: polarity, whether it is mixed, and why."""

    polarity: float
    is_mixed: bool
    cues: tuple[str, ...]

    @property
    def has_praise(self) -> bool:
        """Return whether the rules saw anything positive (praise, TextBlob, "keep going")."""
        return any(cue.startswith(("praise: ", "textblob +", "keeps going: ")) for cue in self.cues)

    @property
    def is_negated(self) -> bool:
        """Return whether the rules saw praise only negated ("can not think of anything good")."""
        return not self.has_praise and any(cue.startswith("negated: ") for cue in self.cues)


def score_rules(clauses: list[str], text: str, question: str | None) -> RuleScore:
    """Return the rules' view of a comment split into clauses (the rule-only analyser of 2026.11)."""
    scores: list[float] = []
    cues: list[str] = []
    for index, clause in enumerate(clauses):
        answer = whole_answer(clause, question) if index == 0 else None
        if answer is not None:
            score, clause_cues = answer[0], [answer[1]]
        else:
            score, clause_cues = _score_clause(clause, question, index == 0)
        scores.append(score)
        cues += clause_cues
    has_praise = max(scores) >= 0.25
    has_criticism = min(scores) <= -0.25
    if has_praise and has_criticism:
        # "Scared at first but it was the best thing": a change for the better, told as a story.
        if _TIME_CONTRAST.search(text) and scores[-1] > 0:
            return RuleScore(round(scores[-1], 3), False, tuple(cues + ["turned around"]))
        return RuleScore(round(sum(scores) / len(scores), 3), True, tuple(cues))
    prior = _QUESTION_PRIOR.get(question, 0.0) if not has_praise and not has_criticism else 0.0
    if prior:
        cues.append(f"answering {question}")
    return RuleScore(max(-1.0, min(1.0, sum(scores) / len(scores) + prior)), False, tuple(cues))


def split_clauses(text: str) -> list[str]:
    """Return the non-empty clauses of normalised text."""
    clauses = [clause.strip(" '\"()") for clause in _CLAUSE_SPLIT.split(text)]
    return [clause for clause in clauses if clause]


def _label(polarity: float, band: float = 0.1) -> str:
    """Return the label for a polarity, with a neutral band around zero."""
    if polarity > band:
        return POSITIVE
    if polarity < -band:
        return NEGATIVE
    return MIXED
