"""The learned half of sentiment: logistic regression over TF-IDF word and word-pair counts.

Trained by `python -m feedback.analysis.train_sentiment` (or `make sentiment-model`) on public NHS
patient comments (Trusts A and C, MIT licence, NHS England) and the development part of our own
corpus, and shipped as plain JSON (each feature's IDF weight and coefficient) so it loads with the
standard library, runs offline and can be read in review. Inference repeats scikit-learn's
TfidfVectorizer(sublinear_tf=True, norm="l2") and LogisticRegression.decision_function by hand; the
training command checks that both agree.

Letter runs (3-5 letters) were dropped in format 2: scored on a trust the model had not seen (Trust A
trained on C, and C on A) they lost to words alone (macro-F1 0.805 against 0.830), learning each
trust's own spellings and names rather than tone; letters within words (2-5, word bounded) lost too
in format 3 (cross-trust main-tone macro-F1 on Trust A 0.80 -> 0.74).

Format 3 adds the opening word and word pair ("s more", "s more staff") and the rules' cues as
features ("r complaint", "r textblob+", "r request opening": sentiment.rule_features), so the model
learns how far to trust each rule; and the blend's settings gain margin_shift (sentiment.blend).
"""

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "sentiment_model.json"
MODEL_FORMAT = 3

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Words that carry no tone of their own: pronouns, articles, prepositions, auxiliaries. Patients'
# thanks make "my" and "me" lean positive, so "my partner hits me" read 0.93 positive from them; a
# model vote that rests only on these is no vote. Negators, modals ("should", "could": suggestions)
# and intensifiers are not here: they do carry tone.
FUNCTION_WORDS = frozenset("""
i me my mine myself we us our ours ourselves you your yours he him his she her hers it its they them
their theirs a an the this that these those and or of to in on at by for with from as is am are was
were be been being have has had do does did i'm i've i'd we're we've you're it's he's she's they're
there here when where which who whom what how if about into onto up out off over under after before
while because
""".split())


# Negation reaches to the end of its clause: "not" marks the words after it ("not_helpful"), so the
# model learns "not helpful" apart from "helpful" (cross-trust macro-F1 0.835 -> 0.841).
_NEGATORS = frozenset("not no never nobody nothing cannot without nor".split())
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n]|\b(?:but|however|although|though)\b")


def features(text: str, question: str | None = None, cues: Iterable[str] = ()) -> list[str]:
    """Return the features of normalised text: words and word pairs (negation marked), the opening
    word and pair, the question, and the rules' cue features (sentiment.rule_features)."""
    tokens: list[str] = []
    for clause in _CLAUSE_BREAK.split(text):
        negated = False
        for token in _TOKEN.findall(clause):
            if token in _NEGATORS:
                negated = True
                tokens.append(token)
            else:
                tokens.append("not_" + token if negated else token)
    found = ["w " + token for token in tokens]
    found += [f"w {first} {second}" for first, second in zip(tokens, tokens[1:], strict=False)]
    # How a comment opens says much in short answers: "more staff", "better parking" and "listen to
    # parents" are requests (format 3, with the rules' cues: cross-trust main-tone macro-F1 and
    # negative recall up on Trusts A and C, see train_sentiment).
    if tokens:
        found.append("s " + tokens[0])
        if len(tokens) > 1:
            found.append(f"s {tokens[0]} {tokens[1]}")
    if question:
        found.append("q " + question)
    found += cues
    return found


def is_function_feature(feature: str) -> bool:
    """Return whether a feature is made only of function words (so carries no tone of its own)."""
    return feature.startswith(("w ", "s ")) and all(word.removeprefix("not_") in FUNCTION_WORDS
                                            for word in feature[2:].split())


@dataclass(frozen=True)
class Prediction:
    """What the model makes of a comment.

    probability: that it is positive, from every feature; content_probability: the same with the
    function-word features' votes left out (None when no known content word was found at all); and
    the words that pushed it most each way.
    """

    probability: float
    content_probability: float | None
    for_positive: tuple[str, ...]
    for_negative: tuple[str, ...]


@dataclass(frozen=True)
class SentimentModel:
    """A trained model: feature -> (idf, coefficient, is function-only), intercept, blend settings."""

    weights: dict[str, tuple[float, float, bool]]
    intercept: float
    settings: dict[str, float]

    def predict(self, text: str, question: str | None = None, cues: Iterable[str] = ()) -> Prediction:
        """Return the probability that normalised text is positive, with the strongest word cues."""
        norm = 0.0
        dot = 0.0
        content_dot = 0.0
        has_content = False
        words: list[tuple[float, str]] = []
        for feature, count in Counter(features(text, question, cues)).items():
            weight = self.weights.get(feature)
            if weight is None:
                continue
            value = weight[0] if count == 1 else (1.0 + math.log(count)) * weight[0]
            norm += value * value
            vote = value * weight[1]
            dot += vote
            if not weight[2]:
                content_dot += vote
                has_content = has_content or feature[0] == "w"
                if feature[0] == "w":
                    words.append((vote, feature[2:]))
        scale = math.sqrt(norm) if norm else 1.0
        words.sort()
        return Prediction(_sigmoid(self.intercept + dot / scale),
                          _sigmoid(self.intercept + content_dot / scale) if has_content else None,
                          tuple(word for score, word in reversed(words[-2:]) if score > 0),
                          tuple(word for score, word in words[:2] if score < 0))


def _sigmoid(margin: float) -> float:
    """Return the logistic function of a margin."""
    return 1.0 / (1.0 + math.exp(-margin))


def read_model(data: dict) -> SentimentModel:
    """Return the model held in a decoded JSON document."""
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"sentiment model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    return SentimentModel({feature: (idf, coef, is_function_feature(feature))
                           for feature, (idf, coef) in data["features"].items()},
                          float(data["intercept"]), dict(data["settings"]))


@cache
def load_model(path: Path = MODEL_PATH) -> SentimentModel:
    """Return the shipped model, read once."""
    with path.open(encoding="utf-8") as handle:
        return read_model(json.load(handle))
