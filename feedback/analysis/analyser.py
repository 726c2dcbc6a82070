"""One entry point: everything the service needs to know about a comment, in one frozen result."""

from collections.abc import Iterable
from dataclasses import dataclass

from feedback.analysis.codebook import CODEBOOK_VERSION
from feedback.analysis.questions import resolve_question
from feedback.analysis.redaction import redact
from feedback.analysis.safeguarding import check_normalised
from feedback.analysis.sentiment import MAX_SENTIMENT_CHARS, score_normalised
from feedback.analysis.themes import ThemeMatch, tag_stemmed
from feedback.analysis.wordforms import normalise, stem_text

# Themes of a pasted document are clear from its opening; tagging all of it would stall a batch.
MAX_THEME_CHARS = 20_000

# Bump when any rule changes, so stored results can be re-run only when they would differ.
ANALYSER_VERSION = "2026.12-10"


@dataclass(frozen=True)
class Analysis:
    """A comment's sentiment, themes, safeguarding flag and publishable text, with versions."""

    sentiment: str
    polarity: float
    sentiment_cues: tuple[str, ...]
    # A "mixed" comment still has a main tone ("mixed, mainly negative"); None when it has no tone.
    main_tone: str | None
    is_mixed: bool
    themes: tuple[ThemeMatch, ...]
    is_safeguarding: bool
    safeguarding_categories: tuple[str, ...]
    safeguarding_cues: tuple[str, ...]
    redacted_text: str
    redacted_kinds: tuple[str, ...]
    analyser_version: str
    codebook_version: str

    @property
    def theme_codes(self) -> tuple[str, ...]:
        """Return just the theme codes."""
        return tuple(match.code for match in self.themes)


def analyse(text: str, question: str | None = None, known_names: Iterable[str] = (),
            known_schools: Iterable[str] = ()) -> Analysis:
    """Return the analysis of one comment; question is a key or question text, None if unknown."""
    text = text if isinstance(text, str) else ""
    normalised = normalise(text)
    redaction = redact(text, known_names, known_schools)
    # Safeguarding reads every word, however long the comment: recall comes first.
    safeguarding = check_normalised(normalised)
    # Sentiment reads the redacted words: a name is not a feeling. A comment that may disclose harm
    # is never praise unless the rules saw praise in it (sentiment.with_possible_harm).
    # Nothing redacted: the redacted text is the cleaned text, whose normal form is already known.
    head = (normalise(redaction.text) if redaction.is_changed else normalised)[:MAX_SENTIMENT_CHARS]
    sentiment = score_normalised(head, resolve_question(question), safeguarding.is_flagged)
    themes = tag_stemmed(stem_text(normalised[:MAX_THEME_CHARS]))
    return Analysis(
        sentiment=sentiment.label,
        polarity=sentiment.polarity,
        sentiment_cues=sentiment.cues,
        main_tone=sentiment.main_tone,
        is_mixed=sentiment.is_mixed,
        themes=themes.themes,
        is_safeguarding=safeguarding.is_flagged,
        safeguarding_categories=safeguarding.categories,
        safeguarding_cues=safeguarding.cues,
        redacted_text=redaction.text,
        redacted_kinds=redaction.kinds,
        analyser_version=ANALYSER_VERSION,
        codebook_version=CODEBOOK_VERSION,
    )
