"""The family's own "Our journey" PDF: plain English, large type, their chart, what went well,
their goals and next steps. Nothing staff-only: no comments, flags, method or other families.
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
)
from reportlab.platypus.flowables import HRFlowable

from reports.journey.build import voice_chart
from reports.journey.model import WAVE_LABELS, WAVES, Journey

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


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _when(wave: str) -> str:
    return f"at the {wave}"


_SHOWS = {"improved": "a real step forward", "no_change": "things about the same overall",
          "deteriorated": "a harder time than before"}


def _overall_sentence(journey: Journey) -> str:
    """What changed, person by person: each person is only ever compared with themselves."""
    family = journey.family
    judged = [v for v in journey.members if v.overall.verdict is not None]
    if not judged:
        if family is None or len(family.waves) < 2:
            return ("This is where you started. We will look again with you in the middle and at "
                    "the end of your support, to see how far you have come.")
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


def _goal_lines(journey: Journey) -> list:
    flowables = []
    for goal in journey.goals:
        lines = [Paragraph(f"Goal {goal.position}: {escape(goal.text)}", _goal)]
        for member in goal.members:
            said = [f"{rating} out of 10 {_when(wave)}"
                    for wave, rating in zip(WAVES, member.ratings, strict=True)
                    if rating is not None]
            lines.append(Paragraph(f"{escape(member.name)}: " + ", ".join(said) + ".", _body))
        if not goal.members:
            lines.append(Paragraph("Not rated yet.", _body))
        flowables.append(KeepTogether(lines))
    return flowables


def _next_steps(journey: Journey) -> list[str]:
    family = journey.family
    if family is None:
        return []
    latest = WAVES.index(family.waves[-1])
    rows = [row for row in family.areas
            if row.scores[latest] is not None and row.scores[latest] < NEXT_STEP_BELOW]
    return [row.title for row in sorted(rows, key=lambda r: r.scores[latest])[:2]]


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
    story: list = [
        Paragraph("Our journey", _title),
        Paragraph(f"The {escape(family_name)} family, {made_on:%-d %B %Y}", _body),
        Paragraph(_overall_sentence(journey), _body),
    ]
    family = journey.family
    if family is not None:
        story += [
            Paragraph("How things have changed", _heading),
            Paragraph("You told us how much each sentence is like your family, from 1 (not at "
                      "all like us) to 5 (very much like us). Higher is better. These are the "
                      "averages for everyone who answered at the "
                      + _and([WAVE_LABELS[w].lower() for w in family.waves]) + ".", _body),
            Spacer(1, 4),
            voice_chart(family, width=width * 0.92, font_size=11, bar_height=12),
        ]
    went_well = [Paragraph("What went well", _heading)]
    if journey.praise:
        went_well.append(_bullets([p.sentence for p in journey.praise]))
    else:
        went_well.append(Paragraph("Every step counts. Your keyworker will talk with you about "
                                   "what has gone well.", _body))
    story.append(KeepTogether(went_well))
    if journey.goals:
        story.append(Paragraph("Your goals", _heading))
        story.append(Paragraph("How close you felt to each goal, from 0 (not at all) to 10 "
                               "(goal reached).", _body))
        story += _goal_lines(journey)
    steps = _next_steps(journey)
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
