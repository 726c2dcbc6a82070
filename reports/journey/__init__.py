"""A family's journey: distance travelled for each voice, the keyworker's page and the family's PDF."""
