"""The kinds of harm a comment may disclose (Working Together to Safeguard Children 2023, NSPCC)."""

SUICIDAL = "suicidal_thoughts"
SELF_HARM = "self_harm"
DOMESTIC_ABUSE = "domestic_abuse"
PHYSICAL_ABUSE = "physical_abuse"
SEXUAL_ABUSE = "sexual_abuse"
ONLINE_GROOMING = "online_grooming"
EXPLOITATION = "exploitation"
MISSING = "missing_children"
NEGLECT = "neglect"
SUBSTANCE_MISUSE = "parental_substance_misuse"
HOMELESSNESS = "homelessness"
FORCED_MARRIAGE = "forced_marriage"
FGM = "fgm"
RADICALISATION = "radicalisation"
MODERN_SLAVERY = "modern_slavery"
WEAPONS = "weapons_or_risk_to_others"
# Flagged by the learned model alone: no rule named the harm, so staff are asked to read it.
POSSIBLE_HARM = "possible_harm"

CATEGORIES = (SUICIDAL, SELF_HARM, DOMESTIC_ABUSE, PHYSICAL_ABUSE, SEXUAL_ABUSE, ONLINE_GROOMING,
              EXPLOITATION, MISSING, NEGLECT, SUBSTANCE_MISUSE, HOMELESSNESS, FORCED_MARRIAGE, FGM,
              RADICALISATION, MODERN_SLAVERY, WEAPONS)

# The names used before 2026.12-sg1. Comments analysed then still carry them until re-analysed, and
# the staff pages label them, so the names stay importable; the analyser no longer reports them.
VIOLENCE = "violence"
ABUSE = "abuse"
UNSAFE = "unsafe_at_home"
LEGACY_CATEGORIES = (VIOLENCE, ABUSE, UNSAFE)
