"""The quarterly report's methods appendix: how intervals and reliable change are worked out,
which SD and alpha judged reliable change (from how many families, in force since when), and
that the four areas are this product's own grouping of the outcome statements."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from family_by_family_scale import AREAS, ReliabilityParameters, instrument_for
from reports.quarterly.model import SCOPE_LABELS, Cell, Section, Table

INTERVALS = (
    "Members of one family answer alike, so intervals treat families, not people, as the "
    "independent units. Average change has a 95% cluster-robust (CR1) interval with families as "
    "clusters and t on (families \u2212 1) degrees of freedom. The shares reliably improved, "
    "the service-experience shares and the share who said we made a difference have 95% Wilson "
    "score intervals (Wilson 1927) on an effective sample size: people \u00f7 the design effect "
    "of family clustering (Kish 1965), and are worked out only from the rounded counts shown. "
    "Other averages (such as goals) have "
    "Student's t intervals: average \u00b1 t \u00d7 SD \u00f7 \u221an. The difference in start "
    "scores between families who left without a close questionnaire and those who answered "
    "uses Welch's t interval (Welch 1947). Effect size is the average change divided by the SD "
    "of the same people's start scores (Kazis, Anderson and Meenan 1989).")
RELIABLE_CHANGE = (
    "Reliable change (Jacobson and Truax 1991): a family member's change from start to close "
    "counts as reliable when it is bigger than 1.96 \u00d7 \u221a2 \u00d7 SD \u00d7 "
    "\u221a(1 \u2212 alpha) points, more than answering the same questions twice would explain. "
    "SD is the spread of start scores and alpha is Cronbach's alpha. Each member is judged with "
    "the figures of the questionnaire version they answered at the start: the adults' and the "
    "children's questionnaires have their own. Reliable change is judged for each member only, "
    "never for a family's average: people in one family answer about the same home at the same "
    "visit, so their measurement errors need not be independent, and the error of an average of "
    "k members is then not one person's error \u00f7 \u221ak. On a family's journey page the "
    "family's change is the average of the changes of the members who answered at both times, "
    "shown as a number without a verdict.")
AREAS_ARE_OURS = (
    "The 19 outcome statements come from the Family by Family programme (TACSI), as listed in "
    "Wiltshire Council's Children's Services Integration report (2017, appendix 6.1.2), which "
    "gives them without any grouping. The four areas ({areas}) are this product's own grouping "
    "of them, not part of that source. The evidence that each area's statements hang together "
    "is its Cronbach's alpha: the frozen alphas in the table below{this_quarter}. An alpha "
    "below about 0.7 would mean an area's average says little on its own.")


def _round_to_5(n: int) -> int:
    return 5 * round(n / 5)


def _parameter_row(p: ReliabilityParameters) -> tuple[Cell, ...]:
    questionnaire = instrument_for(p.instrument_code, p.version).label
    if p.is_provisional:
        families = Cell("provisional: assumed figures")
        since = Cell("provisional")
    else:
        families = Cell(str(_round_to_5(p.n_families)), "count", float(_round_to_5(p.n_families)))
        since = Cell(f"{p.in_force_from:%-d %B %Y}" if p.in_force_from else "before records began")
    return (Cell(questionnaire), Cell(SCOPE_LABELS.get(p.scope, p.scope)),
            Cell(f"{p.sd:.3f}", "number", p.sd),
            Cell(f"{p.reliability:.3f}", "number", p.reliability),
            Cell(f"{p.threshold:.2f}", "number", p.threshold), families, since)


def methods_section(parameters: Mapping[tuple[str, int, str], ReliabilityParameters],
                    as_of: date | None, *, has_health_section: bool) -> Section:
    """The methods appendix, for every report (refused ones too: nothing in it is about the
    group, only the council-wide figures in force)."""
    rows = tuple(_parameter_row(parameters[key]) for key in sorted(
        parameters, key=lambda k: (k[0], k[1], (*SCOPE_LABELS,).index(k[2])
                                   if k[2] in SCOPE_LABELS else 99)))
    table = Table(
        "methods-parameters", "SD and Cronbach's alpha used for reliable change",
        ("Questionnaire", "Score", "SD of start scores", "Cronbach's alpha",
         "Smallest reliable change (points)", "Families the figures came from",
         "In force from"), rows,
        ("Families are rounded to the nearest 5. Provisional figures are the library's "
         "documented assumptions (SD 0.75 and alpha 0.85 for a total, SD 0.85 and alpha 0.75 "
         "for an area), used until 50 families have answered that questionnaire at the start.",))
    when = (f"This report uses the figures in force on {as_of:%-d %B %Y}, the last day of the "
            "quarter (while a quarter is still open, the newest figures so far). Figures frozen "
            "after the quarter closed never change it, so rebuilding this report later gives the "
            "same numbers." if as_of else
            "This report uses the figures in force when it was built.")
    this_quarter = (", and this quarter's in \u201cHow well the questionnaire is working\u201d"
                    if has_health_section else "")
    areas = AREAS_ARE_OURS.format(
        areas=", ".join(f"\u201c{a.title}\u201d" for a in AREAS), this_quarter=this_quarter)
    return Section("methods", "Appendix: methods", (INTERVALS, RELIABLE_CHANGE, when, areas),
                   (table,))
