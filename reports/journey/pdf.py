"""The family's own "Our journey" PDF: plain English, large type, their chart, what went well,
their goals and next steps. Nothing staff-only: no comments, flags, method or other families.

Whose results it shows comes from the journey's `family_pdf` (see `reports.journey.model`):
members who agreed (and were not withheld) side by side with the family's average; no one
else is named with their results.
"""
from __future__ import annotations

from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from reports.journey.build import side_by_side_chart, voice_chart
from reports.journey.model import WAVES, FamilyPdf, Journey

TEXT = colors.HexColor("#0b0c0c")
MUTED = colors.HexColor("#505a5f")
MARGIN = 18 * mm
NEXT_STEP_BELOW = 3.5  # areas the family scored below this at the latest wave are suggested

_body = ParagraphStyle("body", fontName="Helvetica", fontSize=14, leading=20, textColor=TEXT,
                       alignment=TA_LEFT, spaceAfter=8)
_title = ParagraphStyle("title", parent=_body, fontName="Helvetica-Bold", fontSize=28,
                        leading=34, spaceAfter=6)
_heading = ParagraphStyle("heading", parent=_body, fontName="Helvetica-Bold", fontSize=19,
                          leading=24, spaceBefore=14, spaceAfter=8)
_goal = ParagraphStyle("goal", parent=_body, fontName="Helvetica-Bold")
_area = ParagraphStyle("area", parent=_body, fontName="Helvetica-Bold", fontSize=13, leading=17,
                       spaceAfter=4)


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _when(wave: str) -> str:
    return f"at the {wave}"


_SHOWS = {"improved": "a real step forward", "no_change": "things about the same overall",
          "deteriorated": "a harder time than before"}


def _overall_sentence(shown: FamilyPdf) -> str:
    """What changed, person by person (only those shown by name): each person is only ever
    compared with themselves."""
    family = shown.family
    judged = [v for v in shown.members if v.overall.verdict is not None]
    if not judged:
        if family is None or len(family.waves) < 2:
            return ("This is where you started. We will look again with you in the middle and at "
                    "the end of your support, to see how far you have come.")
        if not shown.members:
            return ("This shows your family's average. Each person's own answers show here only "
                    "if they agree to share them.")
        if family.compared is None:
            return ("To see how things have changed we compare each person's answers with their "
                    "own earlier ones, so we will look again once someone has answered twice.")
        return "We could not compare your answers over time this time."
    said = [f"{escape(v.name)}'s answers show {_SHOWS[v.overall.verdict.category]} since the "
            f"{v.overall.verdict.earlier_wave}" for v in judged]
    sentence = ("Looking at each of you who answered more than once, "
                "comparing each person with their own earlier answers: " + _and(said) + ".")
    if any(v.overall.verdict.category == "deteriorated" for v in judged):
        sentence += " A harder time is worth talking about together."
    # Plain words for "provisional reliable-change figures": no jargon in a family's keepsake.
    if any(v.overall.verdict.is_provisional for v in judged):
        sentence += (" Our service is still gathering answers to know for sure how big a change "
                     "has to be to count, so take this as a first look.")
    return sentence


def _goal_lines(shown: FamilyPdf) -> list[list]:
    """Each goal's lines, one list per goal (kept together on a page)."""
    flowables = []
    for goal in shown.goals:
        lines = [Paragraph(f"Goal {goal.position}: {escape(goal.text)}", _goal)]
        for member in goal.members:
            said = [f"{rating} out of 10 {_when(wave)}"
                    for wave, rating in zip(WAVES, member.ratings, strict=True)
                    if rating is not None]
            lines.append(Paragraph(f"{escape(member.name)}: " + ", ".join(said) + ".", _body))
        if not goal.members and not shown.has_unshown_goal_ratings:
            lines.append(Paragraph("Not rated yet.", _body))
        flowables.append(lines)
    return flowables


def _next_steps(shown: FamilyPdf) -> list[str]:
    family = shown.family
    if family is None:
        return []
    latest = WAVES.index(family.waves[-1])
    rows = [row for row in family.areas
            if row.scores[latest] is not None and row.scores[latest] < NEXT_STEP_BELOW]
    return [row.title for row in sorted(rows, key=lambda r: r.scores[latest])[:2]]


def _whose_scores(shown: FamilyPdf) -> str:
    """Who the charts show: by name only those who agreed, and whose answers the family's
    average holds (names only, never their scores)."""
    average = ("The family's average is of " + _and([escape(n) for n in shown.averaged])
               + ", each counting equally.")
    if not shown.members:
        return average
    names = _and([escape(v.name) for v in shown.members])
    said = f"Each area shows {names}, who agreed to share their own answers"
    if shown.shows_average_row:
        return said + ", beside the family's average. " + average
    return said + "."


def _charts(shown: FamilyPdf, width: float) -> list:
    """One chart for the family when no one is shown by name; otherwise small multiples, two
    to a row: one chart per area (overall first) with each person shown and the family's
    average on the same scale."""
    if not shown.members:
        return [voice_chart(shown.family, width=width * 0.92, font_size=11, bar_height=12)]
    areas = shown.side_by_side
    column = (width - 6 * mm) / 2
    cells = [[Paragraph(escape(area.title), _area),
              side_by_side_chart(area, width=column, font_size=9, bar_height=8)]
             for area in areas[-1:] + areas[:-1]]
    if len(cells) % 2:
        cells.append("")
    grid = Table([cells[i:i + 2] for i in range(0, len(cells), 2)],
                 colWidths=[column + 6 * mm, column])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return [grid]


def _bullets(texts: list[str]) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(escape(t), _body), leftIndent=18) for t in texts],
                        bulletType="bullet", start="•", leftIndent=18, bulletFontSize=14)


def render_journey_pdf(journey: Journey, *, family_name: str, reference: str,
                       council_name: str, made_on: date) -> bytes:
    """Render "Our journey" for the family as PDF bytes (A4, one or two pages)."""
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 6 * mm,
                            title=f"Our journey: the {family_name} family",
                            author=council_name, subject="Our journey", lang="en-GB")
    width = A4[0] - 2 * MARGIN
    shown = journey.family_pdf
    story: list = [
        Paragraph("Our journey", _title),
        Paragraph(f"The {escape(family_name)} family, {made_on:%-d %B %Y}", _body),
        Paragraph(_overall_sentence(shown), _body),
    ]
    family = shown.family
    if family is not None:
        story += [
            Paragraph("How things have changed", _heading),
            Paragraph("You told us how much each sentence is like your family, from 1 (not at "
                      "all like us) to 5 (very much like us). Higher is better. "
                      + _whose_scores(shown), _body),
            Spacer(1, 4),
        ]
        story += _charts(shown, width)
    went_well = [Paragraph("What went well", _heading)]
    if shown.praise:
        went_well.append(_bullets([p.sentence for p in shown.praise]))
    else:
        went_well.append(Paragraph("Every step counts. Your keyworker will talk with you about "
                                   "what has gone well.", _body))
    story.append(KeepTogether(went_well))
    if shown.goals:
        goal_lines = _goal_lines(shown)
        # The heading stays with the first goal: never alone at the foot of a page.
        story.append(KeepTogether([
            Paragraph("Your goals", _heading),
            Paragraph("How close you felt to each goal, from 0 (not at all) to 10 (goal "
                      "reached)." + (" Ratings show only for people who agreed to share their "
                                     "answers." if shown.has_unshown_goal_ratings else ""),
                      _body), *goal_lines[0]]))
        story += [KeepTogether(lines) for lines in goal_lines[1:]]
    steps = _next_steps(shown)
    next_steps = [Paragraph("Next steps", _heading)]
    if steps:
        next_steps.append(Paragraph("You might keep working on:", _body))
        next_steps.append(_bullets(steps))
    next_steps.append(Paragraph("What we will do next, in our own words:", _body))
    for _ in range(3):
        next_steps += [Spacer(1, 26), HRFlowable(width="100%", thickness=0.8, color=MUTED)]
    story.append(KeepTogether(next_steps))

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 10)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN, f"{council_name} · Our journey · {reference}")
        canvas.drawRightString(A4[0] - MARGIN, MARGIN, f"Page {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
