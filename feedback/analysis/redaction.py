"""Make a comment fit to quote: replace names, schools, contact details, dates and addresses."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from feedback.analysis.wordforms import clean

NAME = "name"
SCHOOL = "school"
POSTCODE = "postcode"
PHONE = "phone"
EMAIL = "email"
DATE = "date"
ADDRESS = "address"

KINDS = (NAME, SCHOOL, POSTCODE, PHONE, EMAIL, DATE, ADDRESS)


@dataclass(frozen=True)
class Redaction:
    """The comment with identifying details replaced by placeholders, and which kinds were found."""

    text: str
    kinds: tuple[str, ...]

    @property
    def is_changed(self) -> bool:
        """Return whether anything was redacted."""
        return bool(self.kinds)


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_STREET = (r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|"
           r"place|pl|gardens|gdns|grove|terrace|hill|park|square|sq|row|walk|mews|view|rise|"
           r"green|parade|estate|boulevard)")
_LOWER_WORD = r"[a-z][a-z'-]*"
_CAP_WORD = r"[A-Z][a-z'-]+"

# Order matters: emails before names (names sit inside addresses), phones before dates.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (EMAIL, re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")),
    (POSTCODE, re.compile(r"\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b", re.IGNORECASE)),
    (PHONE, re.compile(r"(?<![\w+])(?:\+ ?44 ?(?:\(0\) ?)?|\(?0)\d(?:[ -]?\(?\d\)?){8,9}(?!\d)")),
    (DATE, re.compile(
        r"\b\d{4}-\d{2}-\d{2}\b|"
        rf"\b(?:{_DAY},? (?:the )?)?{_ORDINAL} (?:of )?{_MONTH}(?:,? \d{{4}}(?![-/.]\d))?\b|"
        rf"\b(?:{_DAY},? )?{_MONTH} (?:the )?{_ORDINAL}(?:,? \d{{4}}(?![-/.]\d))?\b|"
        rf"\b{_MONTH},? \d{{4}}\b|\b{_DAY},? the {_ORDINAL}\b|"
        rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day {_ORDINAL}\b|"
        r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b",
        re.IGNORECASE)),
    (ADDRESS, re.compile(
        rf"\b\d{{1,4}}[a-z]?,? (?:{_LOWER_WORD} ){{1,3}}{_STREET}\b|"
        r"\b(?:flat|apartment|apt|unit|house number|room) \d{1,4}[a-z]?\b",
        re.IGNORECASE)),
    (ADDRESS, re.compile(rf"\b(?:on|in|at|off|near) (?:{_CAP_WORD} ){{1,2}}"
                         r"(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Court|Gardens|Grove|"
                         r"Terrace|Mews|Rise|Parade|Estate)\b")),
    (SCHOOL, re.compile(rf"\b(?:St\.? )?(?:{_CAP_WORD} ){{1,3}}(?:C of E |CofE |RC |Church |"
                        r"Community |Primary |Secondary |Junior |Infant |Nursery |High )?"
                        r"(?:School|Academy|College|Primary|Infants|Juniors)\b")),
)

# A capitalised word after these cues is very likely a person's name ("my son Jack").
_NAME_CUE = re.compile(
    r"\b(?i:(?:my|our|the|her|his|their) (?:son|daughter|boy|girl|child|baby|brother|sister|"
    r"husband|wife|partner|ex|boyfriend|girlfriend|mum|dad|nan|nanna|grandma|grandad|"
    r"stepdad|stepmum|auntie|aunt|uncle|cousin|friend|worker|keyworker|key worker|social "
    r"worker|family worker|support worker|youth worker|teacher|nurse)|called|named|"
    r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?)"
    r"(?:,| is| was)? ([A-Z][a-z'-]+)\b")
_NOT_NAMES = frozenset(
    "I The A An And But Or So She He They We It Is Was Has Had Who Which That This When Where "
    "Why How What Did Does Do Can Could Would Should Will Said Says Never Always Really Just "
    "Very Helped Helps Came Comes Went Goes Got Gets Has Came Told Tells Listened Explained "
    "Made Makes Took Takes Gave Gives Keeps Kept Still Also Too Now Then Today Yesterday "
    "Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday Everyone Nobody".split())


def _name_pattern(values: Iterable[str]) -> re.Pattern[str] | None:
    """Return one case-insensitive whole-word pattern for the known values, longest first."""
    words = sorted({" ".join(clean(value).split()) for value in values if value and value.strip()},
                   key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:'s)?(?!\w)", re.IGNORECASE)


def _replace_cue_name(match: re.Match[str]) -> str:
    """Keep the cue ("my son") and replace only the name after it."""
    if match.group(1) in _NOT_NAMES:
        return match.group(0)
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + "[name]"


def redact(text: str, known_names: Iterable[str] = (), known_schools: Iterable[str] = ()
           ) -> Redaction:
    """Return the comment with known names and schools, contact details, dates and addresses
    replaced by bracketed placeholders such as "[name]"."""
    result = clean(text)
    kinds: set[str] = set()

    def substitute(kind: str, pattern: re.Pattern[str] | None) -> None:
        nonlocal result
        if pattern is None:
            return
        result, count = pattern.subn(f"[{kind}]", result)
        if count:
            kinds.add(kind)

    # Contact details first so a known name inside an email address goes with the address.
    for kind, pattern in _PATTERNS[:3]:
        substitute(kind, pattern)
    # Known schools before names: a school is often named after a person ("St Mary's").
    substitute(SCHOOL, _name_pattern(known_schools))
    substitute(NAME, _name_pattern(known_names))
    for kind, pattern in _PATTERNS[3:]:
        substitute(kind, pattern)
    named = _NAME_CUE.sub(_replace_cue_name, result)
    if named != result:
        kinds.add(NAME)
        result = named
    return Redaction(result, tuple(kind for kind in KINDS if kind in kinds))
