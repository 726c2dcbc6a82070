"""The family's own "Our journey" PDF: plain English (or the family's language), large type, their
chart with its table, what went well, their goals and next steps. Nothing staff-only: no
comments, flags, method or other families.

A tagged PDF/UA-1 document drawn from `print/journey.html`. The template prints whatever
sections `journey_sections` returns, so a new part of the family's PDF is one more section here.
Every family-facing sentence goes through the family pages' catalogue (`surveys/translations`).

Whose results it shows comes from the journey's `family_pdf` (see `reports.journey.model`):
members who agreed (and were not withheld) side by side with the family's average; no one
else is named with their results, and the average holds nothing that could give them away.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from markupsafe import Markup

from reports.charts import Series, drawing_to_svg, people_chart
from reports.journey.model import WAVES, FamilyPdf, Journey, SideBySide
from reports.printing import CHART_WIDTH, ENGLISH, chart_figure, render_pdf, translations_for
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


def overall_sentence(shown: FamilyPdf, _: Gettext) -> str:
    """What changed, person by person: each person is only ever compared with themselves."""
    family = shown.family
    judged = [v for v in shown.members if v.overall.verdict is not None]
    if not judged:
        if family is None or len(family.waves) < 2:
            return _("This is where you started. We will look again with you in the middle and at "
                     "the end of your support, to see how far you have come.")
        if not shown.members:
            return _("This shows your family's average. Each person's own answers show here only "
                     "if they agree to share them.")
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


def _chart(shown: FamilyPdf, _: Gettext, *, is_rtl: bool = False) -> dict:
    """The family's chart: the same drawing as the journey page's, with its figures as a table.

    In a right-to-left language only the reading and the table print: WeasyPrint draws text
    inside SVG without shaping Arabic script (letters unjoined), which would misspell every
    area's name, while the table beside it is shaped properly."""
    family = shown.family
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


VERDICT_WORDS = {"improved": N_("a real step forward"), "no_change": N_("about the same"),
                 "deteriorated": N_("a harder time than before")}


def _whose_scores(shown: FamilyPdf, _: Gettext) -> str:
    """Who the charts show: by name only those who agreed, and whose answers the family's
    average holds (names only, never their scores)."""
    average = _("The family's average is of %(names)s, each counting equally.") % {
        "names": _and(list(shown.averaged), _)} if shown.averaged else ""
    if not shown.members:
        return average
    names = _and([v.name for v in shown.members], _)
    if shown.shows_average_row:
        return (_("Each area shows %(names)s, who agreed to share their own answers, beside the "
                  "family's average.") % {"names": names} + " " + average)
    return _("Each area shows %(names)s, who agreed to share their own answers.") % {"names": names}


def _overall_first(areas: tuple[SideBySide, ...]) -> tuple[SideBySide, ...]:
    return areas[-1:] + areas[:-1]


def _person_names(area: SideBySide, _: Gettext) -> list[str]:
    return [_("Family average") if row.is_family else row.name for row in area.rows]


def _people_note(row, _: Gettext) -> str | None:
    """A person's verdict beside their name, or the family average's change, in the family's
    language."""
    if row.verdict is not None:
        return _(VERDICT_WORDS[row.verdict.category])
    if row.is_family and row.change is not None:
        return _("average change %(change)s") % {"change": f"{row.change:+.1f}".replace(
            "+0.0", "0.0").replace("-0.0", "0.0")}
    return None


def _people_chart(area: SideBySide, _: Gettext, *, is_rtl: bool) -> dict:
    """One area with each person who agreed (and the family's average) on one 1-5 scale: the
    journey page's side-by-side chart, a verdict beside each name, drawn half width so two sit
    side by side; their figures are in one table for every area (`_people_table`)."""
    title = _row_title(area.code, area.title, _)
    names = _person_names(area, _)
    series = [Series(_(WAVE_NAMES[w]), tuple(row.scores[WAVES.index(w)] for row in area.rows))
              for w in area.waves]
    drawing = people_chart(names, series, title=title,
                           notes=[_people_note(row, _) for row in area.rows],
                           width=CHART_WIDTH / 2, font_size=10.0, bar_height=8.0)
    description = "; ".join(
        f"{name}: " + ", ".join(f"{_(WAVE_WORDS[w])} {_score(row.scores[WAVES.index(w)], _)}"
                                for w in area.waves)
        for name, row in zip(names, area.rows, strict=True))
    svg = drawing_to_svg(drawing, title=f"{title}. {description}", desc=description,
                         chart_id=f"print-people-{area.code}", css_class="chart")
    first, last = area.waves[0], area.waves[-1]
    reading = "; ".join(f"{name} {_score(row.scores[WAVES.index(first)], _)} \u2192 "
                        f"{_score(row.scores[WAVES.index(last)], _)}"
                        for name, row in zip(names, area.rows, strict=True)) + "."
    return {"key": f"people-{area.code}", "title": title, "half": True, "table": None,
            "svg": None if is_rtl else Markup(svg),
            "reading": reading if len(area.waves) > 1 else description + "."}


def _people_table(areas: tuple[SideBySide, ...], _: Gettext) -> dict:
    """Every side-by-side chart's figures in one table: area, person, then each wave."""
    waves = areas[0].waves
    rows = []
    for area in areas:
        title = _row_title(area.code, area.title, _)
        for name, row in zip(_person_names(area, _), area.rows, strict=True):
            rows.append([{"text": title, "kind": "text"}, {"text": name, "kind": "text"},
                         *({"text": _score(row.scores[WAVES.index(w)], _), "kind": "number"}
                           for w in waves)])
    return {"caption": _("Each person's scores, area by area"),
            "columns": [_("Area"), _("Person"), *(_(WAVE_NAMES[w]) for w in waves)],
            "rows": rows, "notes": []}


def _statement_texts(shown: FamilyPdf) -> dict[str, str]:
    family = shown.family
    return {s.code: s.text for s in family.statements} if family else {}


def _praise(shown: FamilyPdf, _: Gettext, is_english: bool) -> list[str]:
    """What went well. English turns the statement into praise ("You told us you now..."); other
    languages quote the statement in its translated wording, which a translator can check."""
    if is_english:
        return [p.sentence for p in shown.praise]
    texts = _statement_texts(shown)
    return [_("You told us: \u201c%(statement)s\u201d") % {"statement": _(texts[p.code])}
            for p in shown.praise if p.code in texts]


def _goals(shown: FamilyPdf, _: Gettext) -> list[dict]:
    items = []
    for goal in shown.goals:
        lines = []
        for member in goal.members:
            said = [_("%(rating)s out of 10 at the %(wave)s") % {"rating": rating,
                                                                   "wave": _(WAVE_WORDS[wave])}
                    for wave, rating in zip(WAVES, member.ratings, strict=True)
                    if rating is not None]
            lines.append(f"{member.name}: " + ", ".join(said) + ".")
        items.append({"heading": _("Goal %(number)s: %(goal)s") % {"number": goal.position,
                                                                  "goal": goal.text},
                      "lines": lines or ([] if shown.has_unshown_goal_ratings
                                         else [_("Not rated yet.")])})
    return items


def _next_steps(shown: FamilyPdf, _: Gettext) -> list[str]:
    family = shown.family
    if family is None:
        return []
    latest = WAVES.index(family.waves[-1])
    rows = [row for row in family.areas
            if row.scores[latest] is not None and row.scores[latest] < NEXT_STEP_BELOW]
    return [_(row.title) for row in sorted(rows, key=lambda r: r.scores[latest])[:2]]


def journey_sections(shown: FamilyPdf, _: Gettext, *, is_english: bool = True,
                     is_rtl: bool = False) -> list[PrintSection]:
    """The parts of the family's PDF in order, each a heading with paragraphs, bullets, charts,
    tables, headed items (goals) and lines to write on; the template prints each in turn."""
    sections: list[PrintSection] = []
    family = shown.family
    people = _overall_first(shown.side_by_side) if shown.members else ()
    if family is not None:
        waves = _and([_(WAVE_WORDS[w]) for w in family.waves], _)
        sections.append(PrintSection(
            "change", _("How things have changed"),
            paragraphs=(_("You told us how much each sentence is like your family, from 1 (not "
                          "at all like us) to 5 (very much like us). Higher is better. These are "
                          "the averages for everyone who answered at the %(waves)s.")
                        % {"waves": waves}, _whose_scores(shown, _)),
            # One chart for the family when no one is named; otherwise one per area with each
            # person who agreed and the family's average on it (so the family's own chart would
            # only repeat the average rows).
            charts=tuple(_people_chart(area, _, is_rtl=is_rtl) for area in people)
            or (_chart(shown, _, is_rtl=is_rtl),),
            tables=(_people_table(people, _),) if people else ()))
    praise = _praise(shown, _, is_english)
    sections.append(PrintSection(
        "went-well", _("What went well"), bullets=tuple(praise),
        paragraphs=() if praise else (_("Every step counts. Your keyworker will talk with you "
                                        "about what has gone well."),)))
    if shown.goals:
        sections.append(PrintSection(
            "goals", _("Your goals"),
            paragraphs=(_("How close you felt to each goal, from 0 (not at all) to 10 (goal "
                          "reached)."),
                        *((_("Ratings show only for people who agreed to share their answers."),)
                          if shown.has_unshown_goal_ratings else ())),
            entries=tuple(_goals(shown, _))))
    steps = _next_steps(shown, _)
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
    shown = journey.family_pdf or FamilyPdf(family=None, members=(), praise=(), goals=(), waves=())
    title = _("Our journey: the %(family)s family") % {"family": family_name}
    is_rtl = language in {lang.value for lang in Language if lang.is_right_to_left}
    return render_pdf("print/journey.html", title=title, language=language, author=council_name,
                      context={
                          "subtitle": _("The %(family)s family, %(date)s") % {
                              "family": family_name,
                              "date": format_date(made_on, "d MMMM y", locale=language)},
                          "opening": overall_sentence(shown, _),
                          "sections": journey_sections(shown, _,
                                                       is_english=language == ENGLISH,
                                                       is_rtl=is_rtl),
                          "rtl": is_rtl,
                          "footer": f"{council_name} \u00b7 {_('Our journey')} \u00b7 {reference}",
                          "page_word": _("Page")})
