"""The family's own "Our journey" PDF: plain English (or the family's language), large type, their
chart with its table, what went well, their goals and next steps. Nothing staff-only: no
comments, flags, method or other families.

A tagged PDF/UA-1 document drawn from `print/journey.html`. The template prints whatever
sections `journey_sections` returns, so a new part of the family's PDF is one more section here.
Every family-facing sentence goes through the family pages' catalogue (`surveys/translations`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date

from reports.charts import Series
from reports.journey.model import WAVES, Journey
from reports.printing import ENGLISH, chart_figure, render_pdf, translations_for
from surveys.records.enums import Language

NEXT_STEP_BELOW = 3.5  # areas the family scored below this at the latest wave are suggested
OVERALL = "overall"

Gettext = Callable[[str], str]


@dataclass(frozen=True)
class PrintSection:
    """One part of the family's PDF: a heading, then any of paragraphs, bullets, charts (each
    with its table), tables, headed entries (goals), and lines to write on by hand."""

    key: str
    title: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    charts: tuple[dict, ...] = ()
    tables: tuple[dict, ...] = ()
    entries: tuple[dict, ...] = ()
    closing: str = ""
    write_lines: int = 0


def N_(message: str) -> str:
    """Mark a string for the catalogue; it is translated where it is shown."""
    return message


WAVE_NAMES = {"start": N_("Start"), "middle": N_("Middle"), "close": N_("Close")}
WAVE_WORDS = {"start": N_("start"), "middle": N_("middle"), "close": N_("close")}
SHOWS = {
    "improved": N_("%(name)s's answers show a real step forward since the %(wave)s"),
    "no_change": N_("%(name)s's answers show things about the same overall since the %(wave)s"),
    "deteriorated": N_("%(name)s's answers show a harder time than before since the %(wave)s"),
}


def _and(words: list[str], _: Gettext) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " " + _("and") + " " + words[-1]


def overall_sentence(journey: Journey, _: Gettext) -> str:
    """What changed, person by person: each person is only ever compared with themselves."""
    family = journey.family
    judged = [v for v in journey.members if v.overall.verdict is not None]
    if not judged:
        if family is None or len(family.waves) < 2:
            return _("This is where you started. We will look again with you in the middle and at "
                     "the end of your support, to see how far you have come.")
        if family.compared is None:
            return _("To see how things have changed we compare each person's answers with their "
                     "own earlier ones, so we will look again once someone has answered twice.")
        return _("We could not compare your answers over time this time.")
    said = [_(SHOWS[v.overall.verdict.category]) % {
        "name": v.name, "wave": _(WAVE_WORDS[v.overall.verdict.earlier_wave])} for v in judged]
    sentence = _("Looking at each of you who answered more than once, comparing each person with "
                 "their own earlier answers: %(changes)s.") % {"changes": _and(said, _)}
    if any(v.overall.verdict.category == "deteriorated" for v in judged):
        sentence += " " + _("A harder time is worth talking about together.")
    # Plain words for "provisional reliable-change figures": no jargon in a family's keepsake.
    if any(v.overall.verdict.is_provisional for v in judged):
        sentence += " " + _("Our service is still gathering answers to know for sure how big a "
                            "change has to be to count, so take this as a first look.")
    return sentence


def _row_title(code: str, title: str, _: Gettext) -> str:
    return _("Overall") if code == OVERALL else _(title)


def _score(value: float | None, _: Gettext) -> str:
    return _("no score") if value is None else f"{value:.1f}"


def _chart(journey: Journey, _: Gettext, *, is_rtl: bool = False) -> dict:
    """The family's chart: the same drawing as the journey page's, with its figures as a table.

    In a right-to-left language only the reading and the table print: WeasyPrint draws text
    inside SVG without shaping Arabic script (letters unjoined), which would misspell every
    area's name, while the table beside it is shaped properly."""
    family = journey.family
    rows = family.rows
    categories = tuple(_row_title(row.code, row.title, _) for row in rows)
    series = tuple(Series(_(WAVE_NAMES[w]), tuple(row.scores[WAVES.index(w)] for row in rows))
                   for w in family.waves)
    figure = chart_figure(
        "family", _("Your family's scores"),
        _("Bar chart of your family's average scores, from 1 to 5, for each area at each time you "
          "answered. The same figures are in the table below."),
        categories, series, value_min=1.0, value_max=5.0, ticks=(1, 2, 3, 4, 5),
        value_format="{:.1f}", missing_label=_("no score"), font_size=11.5, bar_height=12.0)
    overall = family.overall.scores
    answered = [w for w in family.waves if overall[WAVES.index(w)] is not None]
    if len(answered) >= 2:
        first, last = answered[0], answered[-1]
        figure["reading"] = _(
            "Overall, your family's score went from %(first)s at the %(earlier)s to %(last)s at "
            "the %(later)s.") % {"first": _score(overall[WAVES.index(first)], _),
                                 "earlier": _(WAVE_WORDS[first]),
                                 "last": _score(overall[WAVES.index(last)], _),
                                 "later": _(WAVE_WORDS[last])}
    elif answered:
        figure["reading"] = _("Overall, your family's score at the %(wave)s was %(score)s out of "
                              "5.") % {"wave": _(WAVE_WORDS[answered[0]]),
                                       "score": _score(overall[WAVES.index(answered[0])], _)}
    else:
        figure["reading"] = _("There are no scores to show yet.")
    figure["table"] = {
        "caption": _("Your family's scores, area by area"),
        "columns": [_("Area"), *(_(WAVE_NAMES[w]) for w in family.waves)],
        "rows": [[{"text": title, "kind": "text"},
                  *({"text": _score(row.scores[WAVES.index(w)], _), "kind": "number"}
                    for w in family.waves)] for title, row in zip(categories, rows, strict=True)],
        "notes": []}
    if is_rtl:
        figure["svg"] = None
    return figure


def _statement_texts(journey: Journey) -> dict[str, str]:
    family = journey.family
    return {s.code: s.text for s in family.statements} if family else {}


def _praise(journey: Journey, _: Gettext, is_english: bool) -> list[str]:
    """What went well. English turns the statement into praise ("You told us you now..."); other
    languages quote the statement in its translated wording, which a translator can check."""
    if is_english:
        return [p.sentence for p in journey.praise]
    texts = _statement_texts(journey)
    return [_("You told us: \u201c%(statement)s\u201d") % {"statement": _(texts[p.code])}
            for p in journey.praise if p.code in texts]


def _goals(journey: Journey, _: Gettext) -> list[dict]:
    items = []
    for goal in journey.goals:
        lines = []
        for member in goal.members:
            said = [_("%(rating)s out of 10 at the %(wave)s") % {"rating": rating,
                                                                   "wave": _(WAVE_WORDS[wave])}
                    for wave, rating in zip(WAVES, member.ratings, strict=True)
                    if rating is not None]
            lines.append(f"{member.name}: " + ", ".join(said) + ".")
        items.append({"heading": _("Goal %(number)s: %(goal)s") % {"number": goal.position,
                                                                  "goal": goal.text},
                      "lines": lines or [_("Not rated yet.")]})
    return items


def _next_steps(journey: Journey, _: Gettext) -> list[str]:
    family = journey.family
    if family is None:
        return []
    latest = WAVES.index(family.waves[-1])
    rows = [row for row in family.areas
            if row.scores[latest] is not None and row.scores[latest] < NEXT_STEP_BELOW]
    return [_(row.title) for row in sorted(rows, key=lambda r: r.scores[latest])[:2]]


def journey_sections(journey: Journey, _: Gettext, *, is_english: bool = True,
                     is_rtl: bool = False) -> list[PrintSection]:
    """The parts of the family's PDF in order, each a heading with paragraphs, bullets, charts,
    tables, headed items (goals) and lines to write on; the template prints each in turn."""
    sections: list[PrintSection] = []
    family = journey.family
    if family is not None:
        waves = _and([_(WAVE_WORDS[w]) for w in family.waves], _)
        sections.append(PrintSection(
            "change", _("How things have changed"),
            paragraphs=(_("You told us how much each sentence is like your family, from 1 (not "
                          "at all like us) to 5 (very much like us). Higher is better. These are "
                          "the averages for everyone who answered at the %(waves)s.")
                        % {"waves": waves},),
            charts=(_chart(journey, _, is_rtl=is_rtl),)))
    praise = _praise(journey, _, is_english)
    sections.append(PrintSection(
        "went-well", _("What went well"), bullets=tuple(praise),
        paragraphs=() if praise else (_("Every step counts. Your keyworker will talk with you "
                                        "about what has gone well."),)))
    if journey.goals:
        sections.append(PrintSection(
            "goals", _("Your goals"),
            paragraphs=(_("How close you felt to each goal, from 0 (not at all) to 10 (goal "
                          "reached)."),),
            entries=tuple(_goals(journey, _))))
    steps = _next_steps(journey, _)
    sections.append(PrintSection(
        "next-steps", _("Next steps"),
        paragraphs=(_("You might keep working on:"),) if steps else (), bullets=tuple(steps),
        closing=_("What we will do next, in our own words:"), write_lines=3))
    return sections


def render_journey_pdf(journey: Journey, *, family_name: str, reference: str,
                       council_name: str, made_on: date, language: str = ENGLISH) -> bytes:
    """Render "Our journey" for the family as PDF bytes (A4, one or two pages), in `language`
    (a Language value: the family pages' catalogue is used, English when it has no entry)."""
    _ = translations_for(language).gettext
    title = _("Our journey: the %(family)s family") % {"family": family_name}
    is_rtl = language in {lang.value for lang in Language if lang.is_right_to_left}
    return render_pdf("print/journey.html", title=title, language=language, author=council_name,
                      context={
                          "subtitle": _("The %(family)s family, %(date)s") % {
                              "family": family_name,
                              "date": format_date(made_on, "d MMMM y", locale=language)},
                          "opening": overall_sentence(journey, _),
                          "sections": journey_sections(journey, _,
                                                       is_english=language == ENGLISH,
                                                       is_rtl=is_rtl),
                          "rtl": is_rtl,
                          "footer": f"{council_name} \u00b7 {_('Our journey')} \u00b7 {reference}",
                          "page_word": _("Page")})
