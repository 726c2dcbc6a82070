"""Free-text feedback from families: sentiment, themes, safeguarding flags and redaction."""

from feedback.analysis import ANALYSER_VERSION, Analysis, analyse
from feedback.codebook import CODEBOOK_VERSION, THEMES
from feedback.questions import ANYTHING_ELSE, DO_BETTER, HELPED_MOST, QUESTIONS, resolve_question
from feedback.redaction import Redaction, redact
from feedback.safeguarding import SafeguardingResult, check_safeguarding
from feedback.sentiment import MIXED, NEGATIVE, POSITIVE, SentimentResult, score_sentiment
from feedback.themes import ThemeMatch, ThemeResult, tag_themes

__all__ = [
    "ANALYSER_VERSION", "ANYTHING_ELSE", "Analysis", "CODEBOOK_VERSION", "DO_BETTER", "HELPED_MOST",
    "MIXED", "NEGATIVE", "POSITIVE", "QUESTIONS", "Redaction", "SafeguardingResult",
    "SentimentResult", "THEMES", "ThemeMatch", "ThemeResult", "analyse", "check_safeguarding",
    "redact", "resolve_question", "score_sentiment", "tag_themes",
]
