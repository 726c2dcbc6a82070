"""Hostile values for forms and query strings, and checks that a page did not run any of them."""
from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import strategies as st

SCRIPT = "<script>alert(1)</script>"

XSS = (
    SCRIPT,
    '"><img src=x onerror=alert(1)>',
    "'><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "<svg onload=alert(1)>",
    '<svg><script>alert(1)</script></svg>',
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "{{7*7}}{% print(1) %}",
)

FORMULA = ("=cmd|' /C calc'!A0", "+1", "-1+1", "@SUM(1)", "\t=1+1", "\r=1+1",
           '=HYPERLINK("http://127.0.0.1/x","click")')

ODD_UNICODE = (
    "\u202eevil\u202c",  # right-to-left override
    "a\u200db\u200cc\u200b",  # zero-width joiner, non-joiner, space
    "e" + "\u0301" * 40,  # a pile of combining marks
    "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 \U0001f4a9",
    "\x00", "a\x00b", "\x07\x1b[31m\x08", "\x7f", "\x85", "\ufeff", "\ufffe\uffff",
    "\U0001d54f\U0001d7d8", "ﷺ", "İı", "\r\n\r\n", "  ",
)

NUMBERS = ("-1", "0", "-0", "99999999999999999999999", "1e309", "NaN", "inf", "3.5", "0x10",
           "\u0661\u0662", "2026-13-45", "31", "12", "2026", "00", "[]", "{}", "true", "null")

# Where a redirect should never lead: another site, or script.
REDIRECTS = ("//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example",
             "javascript:alert(1)", "/%2F%2Fevil.example", "\\\\evil.example")

SAMPLES = XSS + FORMULA + ODD_UNICODE + NUMBERS + REDIRECTS
LONG_BASES = ("a", "\u00e9", SCRIPT, "=1+1,", "\U0001f600")


def _long(base: str, length: int) -> str:
    return (base * (length // len(base) + 1))[:length]


# Lone surrogates cannot be encoded, so they are never sent.
_characters = st.characters(exclude_categories=("Cs",))

hostile_text = st.one_of(
    st.sampled_from(SAMPLES),
    st.text(_characters, max_size=40),
    st.builds(lambda a, b: a + b, st.sampled_from(SAMPLES), st.sampled_from(SAMPLES)),
)

# Long text is drawn rarely so that most requests reach the form checks rather than the 413.
long_text = st.builds(_long, st.sampled_from(LONG_BASES), st.integers(10_000, 70_000))

EXTRA_NAMES = ("next", "role", "id", "user_id", "team_id", "is_admin", "csrf_token", "submit",
               "change", "quarter", "\u202ename", "<b>x</b>", "a\x00b")


def field_values(names: list[str]) -> st.SearchStrategy[list[tuple[str, str]]]:
    """Hostile values for the fields on a form, with some fields sent twice and some extra ones."""
    value = st.one_of(hostile_text, hostile_text, hostile_text, long_text)
    own = st.tuples(*(st.tuples(st.just(n), value) for n in names)) if names else st.just(())
    duplicated = st.lists(st.tuples(st.sampled_from(names), value), max_size=2) if names \
        else st.just([])
    extra = st.lists(st.tuples(st.sampled_from(EXTRA_NAMES), hostile_text), max_size=3)
    return st.builds(lambda a, b, c: [*a, *b, *c], own, duplicated, extra)


class Markup(HTMLParser):
    """What an HTML page would run: script bodies, event-handler attributes, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._in_script = True
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            compact = "".join((value or "").split()).lower()
            if name in {"href", "src", "action", "formaction", "xlink:href"} and \
                    compact.startswith(("javascript:", "data:text/html")):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.problems.append("<img src=x>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.problems.append(f"script ran: {data[:60]!r}")


def executable_markup(html: str) -> list[str]:
    """Anything in the page that a browser would run, or that looks injected."""
    parser = Markup()
    parser.feed(html)
    parser.close()
    problems = parser.problems
    if SCRIPT in html:
        problems.append("raw <script>alert(1)</script> in the page")
    return problems
