"""The co-production pack: a printable summary to take into a co-design session with families.

Pure: built from a disclosure-controlled `QuarterlyReport`, so it can show nothing the report
could not. Themes are ranked only among those whose counts are shown (ties alphabetically, so
the order never hints at a hidden count).
"""
from __future__ import annotations

from dataclasses import dataclass

from reports.quarterly.model import Cell, QuarterlyReport, Section, Table, ThemeFigure
from surveys.records.enums import ActionStatus

TOP_THEMES = 8


@dataclass(frozen=True)
class CoproductionPack:
    """What matters most, where outcomes moved least, what changed, co-production so far, and
    questions for the room."""

    title: str
    group: str
    quarter_label: str
    refusal: str | None
    sections: tuple[Section, ...]


def _ranked_themes(report: QuarterlyReport) -> list[ThemeFigure]:
    shown = [t for t in report.themes if t.mentions.is_shown and t.mentions.shown]
    return sorted(shown, key=lambda t: (-t.mentions.shown, t.label))[:TOP_THEMES]


def _percent(share: float | None) -> str:
    return "not shown" if share is None else f"{round(100 * share)}%"


def build_coproduction_pack(report: QuarterlyReport) -> CoproductionPack:
    """Turn a quarterly report into the parts of a co-production pack."""
    title = f"Co-production pack: {report.quarter.label}"
    if report.refusal:
        return CoproductionPack(title, report.group, report.quarter.label, report.refusal, ())
    themes = _ranked_themes(report)
    theme_rows = tuple(
        (Cell(str(rank)), Cell(t.label), Cell(t.mentions.text, "count", float(t.mentions.shown)),
         Cell(_percent(t.negative_share), "percent" if t.negative_share is not None else "text"))
        for rank, t in enumerate(themes, start=1))
    # The pack says what the report says: its window, its count of comments, its quotes.
    said = next((s for s in report.sections if s.key == "themes"), None)
    period = "in these 12 months" if report.window is not None else "this quarter"
    matters = Section("matters", "What matters most to families",
                      (*(report.headlines[:1] if report.window is not None else ()),
                       *(said.paragraphs if said else ()),
                       f"The themes families wrote about most {period}, most mentioned first."
                       if themes else f"Too few comments mention any one theme {period} to rank "
                       "themes without families being recognised."),
                      (Table("ranked-themes", "Themes ranked by mentions",
                             ("Rank", "Theme", "Mentions", "Negative"), theme_rows),)
                      if themes else (), quotes=said.quotes if said else ())

    moved = sorted((a for a in report.areas[1:] if a.mean_change is not None),
                   key=lambda a: a.mean_change.estimate)
    area_rows = tuple(
        (Cell(a.label), Cell(f"{a.mean_change.estimate:+.2f}".replace("-", "\u2212"), "number",
                             a.mean_change.estimate),
         Cell(_percent(a.shares["improved"].estimate if a.shares["improved"] else None)))
        for a in moved)
    least = Section("least", "Where outcomes moved least",
                    ("Areas of the questionnaire in order of how far families' scores moved, "
                     "least first (scores run from 1 to 5).",) if moved else
                    ("Too few families answered at both the start and the close to show this.",),
                    (Table("least-moved", "Average change by area, least first",
                           ("Area", "Average change", "Reliably improved"), area_rows),)
                    if moved else ())

    quarter = report.quarter
    changed = [a for a in report.actions
               if a.status is not ActionStatus.PLANNED or a.started_on >= quarter.start]
    action_rows = tuple((Cell(a.we_heard), Cell(a.we_did), Cell(a.status_label)) for a in changed)
    what_changed = Section("changed", "What we changed since the last session",
                           () if changed else ("No actions recorded yet.",),
                           (Table("changed-actions", "You said, we did",
                                  ("You said", "We did", "Where it has got to"), action_rows),)
                           if changed else ())

    # Co-production itself, beside "you said, we did": the report's own section, so the pack
    # and the report always give the same sessions and the same protected count of families.
    together = next((s for s in report.sections if s.key == "coproduction"), None)
    worked_on = [row[0].text for t in (together.tables if together else ())
                 if t.key == "coproduction-sessions" for row in t.rows]

    questions: list[str] = []
    worried = [t for t in themes if t.negative_share is not None and t.negative_share >= 0.5]
    for theme in worried[:3]:
        questions.append(f"Families wrote about \u201c{theme.label}\u201d, mostly with worries. "
                         "What would make the biggest difference?")
    liked = [t for t in themes if t.negative_share is not None and t.negative_share < 0.25]
    if liked:
        questions.append(f"Families valued \u201c{liked[0].label}\u201d. What should we make "
                         "sure we keep doing?")
    if moved:
        questions.append(f"Scores moved least for \u201c{moved[0].label}\u201d. What would help "
                         "families with this?")
    for action in [a for a in changed if a.status is ActionStatus.DONE][:2]:
        questions.append(f"We said: \u201c{action.we_did}\u201d Have you noticed a difference?")
    if worked_on:
        questions.append(f"Families last worked with us on \u201c{worked_on[-1]}\u201d. What "
                         "should happen next, and who else should be in the room?")
    questions += ["What is one thing we should stop doing?",
                  "Who is not being heard, and how could we reach them?"]
    ask = Section("questions", "Questions to take into the room", tuple(questions))
    return CoproductionPack(title, report.group, quarter.label, None,
                            (matters, least, what_changed, *((together,) if together else ()),
                             ask))
