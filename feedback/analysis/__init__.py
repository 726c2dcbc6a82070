"""Pure free-text analysis: sentiment, themes, safeguarding, redaction; imports only the scale."""
