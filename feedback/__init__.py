"""Free-text feedback from families: sentiment, themes, safeguarding flags and redaction."""

from feedback.analysis.analyser import ANALYSER_VERSION, Analysis, analyse
from feedback.analysis.codebook import CODEBOOK_VERSION, THEMES
from feedback.analysis.questions import ANYTHING_ELSE, DO_BETTER, HELPED_MOST, QUESTIONS, resolve_question
from feedback.analysis.redaction import Redaction, redact
from feedback.analysis.safeguarding import SafeguardingResult, check_safeguarding
from feedback.analysis.sentiment import MIXED, NEGATIVE, POSITIVE, SentimentResult, score_sentiment
from feedback.analysis.themes import ThemeMatch, ThemeResult, tag_themes

__all__ = [
    "ANALYSER_VERSION", "ANYTHING_ELSE", "Analysis", "CODEBOOK_VERSION", "DO_BETTER", "HELPED_MOST",
    "MIXED", "NEGATIVE", "POSITIVE", "QUESTIONS", "Redaction", "SafeguardingResult",
    "SentimentResult", "THEMES", "ThemeMatch", "ThemeResult", "analyse", "check_safeguarding",
    "redact", "resolve_question", "score_sentiment", "tag_themes",
]
