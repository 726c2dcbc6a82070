"""Who writes a demo comment (an adult, a young person or a child) and in what tone: the keys the
demo's words are filed under (voices.py, more_voices.py). Pure constants."""
from __future__ import annotations

ADULT = "adult"
YOUNG = "young"
CHILD = "child"

PRAISE = "praise"
MIXED = "mixed"
CRITICISM = "criticism"
REQUEST = "request"
PRACTICAL = "practical"
NIL = "nil"
SAFEGUARDING = "safeguarding"
