"""The learned net behind the safeguarding rules: logistic regression over TF-IDF words, word pairs
and letter runs, read as plain JSON.

Trained by `python -m feedback.analysis.train_safeguarding` (or `make safeguarding-model`) on our
labelled safeguarding sets and, as non-disclosures, NHS patient comments from Trusts A and C (MIT
licence, NHS England). It only adds flags to the rules' (rules OR model), for disclosures in words no
rule was written for; the rules still give each kind of harm its plain reason. Inference repeats
scikit-learn's TfidfVectorizer(binary=True, norm="l2") and LogisticRegression.decision_function by
hand; the training command checks that both agree.

Letter runs (3-5 letters inside a word) are what let it read typos and text-speak ("suicidle",
"kms", "cuttin"); they are looked up once per distinct word and kept, so a batch costs little more
than its words.
"""

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "safeguarding_model.json"
MODEL_FORMAT = 1
# Letter runs come from a comment's opening; a pasted document's later words are read by the rules.
MAX_MODEL_CHARS = 2_000

_TOKEN = re.compile(r"[a-z0-9]+")
# What is left after the guards blank "died laughing" or "killed it" is often a word or two ("i ~"); a
# TF-IDF vector of one or two words is all direction and no evidence, so the model gives no vote.
MIN_WORDS = 3


@lru_cache(maxsize=65_536)
def _letter_runs(word: str) -> tuple[str, ...]:
    """Return the 3-5 letter runs of a word padded with spaces, as scikit-learn's char_wb makes them."""
    padded = f" {word} "
    return tuple(dict.fromkeys(f"c {padded[start:start + size]}" for size in (3, 4, 5)
                               for start in range(len(padded) - size + 1)))


def features(text: str) -> set[str]:
    """Return the features of normalised text: words, word pairs and letter runs (each once)."""
    tokens = _TOKEN.findall(text[:MAX_MODEL_CHARS].replace("'", ""))
    found = {"w " + token for token in tokens}
    found.update(f"w {first} {second}" for first, second in zip(tokens, tokens[1:], strict=False))
    for token in set(tokens):
        found.update(_letter_runs(token))
    return found


@dataclass(frozen=True)
class SafeguardingModel:
    """A trained model: each feature's idf squared and idf x coefficient, intercept and threshold."""

    squares: dict[str, float]
    votes: dict[str, float]
    intercept: float
    threshold: float
    # Each word's known letter runs, found once: a batch's words repeat, so most are looked up once.
    _runs: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def _known_runs(self, word: str) -> frozenset[str]:
        """Return the letter runs of a word that the model knows."""
        runs = self._runs.get(word)
        if runs is None:
            runs = frozenset(run for run in _letter_runs(word) if run in self.squares)
            if len(self._runs) < 100_000:
                self._runs[word] = runs
        return runs

    def probability(self, text: str) -> float:
        """Return the probability that normalised text discloses harm or risk.

        The same sum as features() would give, done with C-level set and map calls: this runs on
        every comment, so it must cost little beside the rules.
        """
        tokens = _TOKEN.findall(text[:MAX_MODEL_CHARS].replace("'", ""))
        if len(tokens) < MIN_WORDS:
            return 0.0
        found = set().union(*map(self._known_runs, set(tokens)))
        found.update(["w " + token for token in tokens])
        found.update([f"w {first} {second}" for first, second in zip(tokens, tokens[1:], strict=False)])
        norm = sum(map(self.squares.get, found, repeat(0.0)))
        dot = sum(map(self.votes.get, found, repeat(0.0)))
        margin = self.intercept + (dot / math.sqrt(norm) if norm else 0.0)
        return 1.0 / (1.0 + math.exp(-margin))

    def is_flagged(self, text: str) -> bool:
        """Return whether normalised text reaches the threshold chosen across sets."""
        return self.probability(text) >= self.threshold


def read_model(data: dict) -> SafeguardingModel:
    """Return the model held in a decoded JSON document."""
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"safeguarding model format {data.get('format')!r}, expected {MODEL_FORMAT}")
    weights = data["features"]
    return SafeguardingModel({feature: idf * idf for feature, (idf, _) in weights.items()},
                             {feature: idf * coef for feature, (idf, coef) in weights.items()},
                             float(data["intercept"]), float(data["threshold"]))


@cache
def load_model(path: Path = MODEL_PATH) -> SafeguardingModel:
    """Return the shipped model, read once."""
    with path.open(encoding="utf-8") as handle:
        return read_model(json.load(handle))
