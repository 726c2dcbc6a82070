"""The learned half of sentiment: logistic regression over TF-IDF word and character n-grams.

Trained by `python -m feedback.analysis.train_sentiment` (or `make sentiment-model`) on public NHS
patient comments (Trusts A and C) and the development part of our own corpus, and shipped as plain
JSON (each feature's IDF weight and coefficient) so it loads with the standard library, runs offline
and can be read in review. Inference repeats scikit-learn's TfidfVectorizer(sublinear_tf=True,
norm="l2") and LogisticRegression.decision_function by hand; the training command checks that both
agree.
"""

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "sentiment_model.json"
MODEL_FORMAT = 1

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def features(text: str, question: str | None = None) -> list[str]:
    """Return the n-gram features of normalised text: words, word pairs, 3-5 letter runs, question."""
    tokens = _TOKEN.findall(text)
    found = ["w " + token for token in tokens]
    found += [f"w {first} {second}" for first, second in zip(tokens, tokens[1:], strict=False)]
    for token in tokens:
        padded = f" {token} "
        for size in (3, 4, 5):
            found += ["c " + padded[i:i + size] for i in range(len(padded) - size + 1)]
    if question:
        found.append("q " + question)
    return found


@dataclass(frozen=True)
class Prediction:
    """The probability that a comment is positive and the words that pushed it most each way."""

    probability: float
    for_positive: tuple[str, ...]
    for_negative: tuple[str, ...]


@dataclass(frozen=True)
class SentimentModel:
    """A trained model: feature -> (idf, coefficient), the intercept and the settings for blending."""

    weights: dict[str, tuple[float, float]]
    intercept: float
    settings: dict[str, float]

    def predict(self, text: str, question: str | None = None) -> Prediction:
        """Return the probability that normalised text is positive, with the strongest word cues."""
        norm = 0.0
        dot = 0.0
        words: list[tuple[float, str]] = []
        for feature, count in Counter(features(text, question)).items():
            weight = self.weights.get(feature)
            if weight is None:
                continue
            value = weight[0] if count == 1 else (1.0 + math.log(count)) * weight[0]
            norm += value * value
            dot += value * weight[1]
            if feature[0] == "w":
                words.append((value * weight[1], feature[2:]))
        margin = self.intercept + (dot / math.sqrt(norm) if norm else 0.0)
        words.sort()
        return Prediction(1.0 / (1.0 + math.exp(-margin)),
                          tuple(word for score, word in reversed(words[-2:]) if score > 0),
                          tuple(word for score, word in words[:2] if score < 0))


def read_model(data: dict) -> SentimentModel:
    """Return the model held in a decoded JSON document."""
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"sentiment model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    return SentimentModel({feature: (idf, coef) for feature, (idf, coef) in data["features"].items()},
                          float(data["intercept"]), dict(data["settings"]))


@cache
def load_model(path: Path = MODEL_PATH) -> SentimentModel:
    """Return the shipped model, read once."""
    with path.open(encoding="utf-8") as handle:
        return read_model(json.load(handle))
