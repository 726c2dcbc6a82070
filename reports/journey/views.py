"""Keyworker pages for reviewing distance travelled with a family, their "Our journey" PDF, and
the keyworker's (and team manager's) dashboard."""
from __future__ import annotations

from functools import lru_cache

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from family_by_family_scale import (
    MADE_A_DIFFERENCE,
    MADE_A_DIFFERENCE_YOUNG_PEOPLE,
    SERVICE_EXPERIENCE,
    SERVICE_EXPERIENCE_YOUNG_PEOPLE,
)
from feedback.queries import count_unacknowledged_flags, overdue_flags_in_scope
from reports.charts import drawing_to_svg
from reports.journey.build import build_journey, method_text, side_by_side_chart
from reports.journey.forms import WithholdResultsForm
from reports.journey.model import (
    WAVE_LABELS,
    WAVES,
    CommentRecord,
    GoalRecord,
    Journey,
    MemberRecord,
    ResponseRecord,
    SideBySide,
)
from reports.journey.pdf import render_journey_pdf
from surveys.cases.dashboard import RecentComment, build_dashboard
from surveys.cases.views import audit_list_view
from surveys.questionnaire.reliability import load_frozen_parameters
from surveys.records import audit
from surveys.records.db import get_session
from surveys.records.enums import Language
from surveys.records.models import Case, Comment, Family, FamilyMember, Wave
from surveys.records.models import Response as QuestionnaireResponse
from surveys.records.settings import council_settings
from surveys.staff.access import CASE_HOLDERS, allow, case_scope, get_case_or_404
from surveys.web.clock import now, today

bp = Blueprint("journey", __name__, template_folder="templates")

# reviewing distance travelled with a family, and the home page for case holders
ACCESS = {
    "journey.dashboard": CASE_HOLDERS,
    "journey.journey": CASE_HOLDERS,
    "journey.journey_pdf": CASE_HOLDERS,
    "journey.withhold_results": CASE_HOLDERS,
}

# The service questions, in every wording: their answers are shown apart from the outcomes.
SERVICE_CODES = frozenset({SERVICE_EXPERIENCE.code, SERVICE_EXPERIENCE_YOUNG_PEOPLE.code,
                           MADE_A_DIFFERENCE.code, MADE_A_DIFFERENCE_YOUNG_PEOPLE.code})
RECENT_COMMENTS = 15


def load_journey(db, case: Case) -> Journey:
    """Read a case's submitted questionnaires, goals and comments and build its journey."""
    members = [MemberRecord(m.id, m.first_name, m.member_role.label, m.shares_results,
                            m.is_results_withheld, m.results_withheld_reason,
                            m.answers_questionnaire)
               for m in case.family.members]
    rows = db.execute(
        select(QuestionnaireResponse, Wave.kind)
        .join(Wave, QuestionnaireResponse.wave_id == Wave.id)
        .where(Wave.case_id == case.id, QuestionnaireResponse.submitted_at.is_not(None))
        .options(selectinload(QuestionnaireResponse.answers),
                 selectinload(QuestionnaireResponse.goal_ratings),
                 selectinload(QuestionnaireResponse.comments))
        .order_by(QuestionnaireResponse.id)).all()
    positions = {goal.id: goal.position for goal in case.goals}
    responses, comments = [], []
    for response, kind in rows:
        responses.append(ResponseRecord(
            member_id=response.member_id, wave=kind.value,
            instrument_code=response.instrument_code,
            instrument_version=response.instrument_version,
            answers={a.item_code: a.value for a in response.answers
                     if a.instrument_code == response.instrument_code},
            service_answers={a.item_code: a.value for a in response.answers
                             if a.instrument_code in SERVICE_CODES},
            service_versions={a.item_code: (a.instrument_code, a.instrument_version)
                              for a in response.answers if a.instrument_code in SERVICE_CODES},
            goal_ratings={positions[g.goal_id]: g.rating for g in response.goal_ratings
                          if g.goal_id in positions}))
        comments += [CommentRecord(
            c.id, response.member_id, kind.value, c.question, c.text, c.is_safeguarding,
            c.flag_acknowledged_at is not None, c.written_at) for c in response.comments]
    goals = [GoalRecord(g.position, g.text) for g in case.goals]
    return build_journey(members, responses, goals, comments, load_frozen_parameters(db))


@lru_cache(maxsize=256)
def chart_markup(area: SideBySide) -> str:
    """An area's side-by-side chart as inline SVG. reportlab's SVG renderer takes ~50 ms a
    chart, so the markup is kept per area: a frozen value, so equal areas draw equal charts."""
    return drawing_to_svg(side_by_side_chart(area, font_size=13), title=area.chart_title,
                          desc=area.chart_summary, chart_id=f"chart-{area.code}")


def _council_name(db) -> str:
    return council_settings(db).council_name


def pdf_language(case: Case, asked: str | None) -> str:
    """The language of the family's PDF: the one asked for when the council offers it, else the
    language every member with one set shares (the keyworker sets it on the case page), else
    English. Members who read different languages get English unless one is asked for."""
    offered = current_app.config["LANGUAGES"]
    if asked in offered:
        return asked
    chosen = {m.language for m in case.family.members if m.language in offered}
    return chosen.pop() if len(chosen) == 1 else Language.ENGLISH.value


def pdf_languages(case: Case) -> list[Language]:
    """The languages offered for the family's PDF, the family's own first."""
    default = pdf_language(case, None)
    offered = [Language(code) for code in current_app.config["LANGUAGES"]
               if code in {language.value for language in Language}]
    return sorted(offered, key=lambda language: language.value != default)


@bp.route("/cases/<int:case_id>/journey")
def journey(case_id: int):
    """Review distance travelled with the family: charts, change, every voice, praise, goals."""
    case = get_case_or_404(current_user, case_id)
    db = get_session()
    result = load_journey(db, case)
    charts = {area.code: Markup(chart_markup(area)) for area in result.side_by_side}
    audit.record(db, "journey_viewed", actor_id=current_user.id, target_type="case",
                 target_id=case.id, ip_address=request.remote_addr)
    db.commit()
    return render_template("journey/journey.html", case=case, journey=result, charts=charts,
                           waves=WAVES, wave_labels=WAVE_LABELS, method_text=method_text,
                           pdf_languages=pdf_languages(case))


@bp.route("/cases/<int:case_id>/journey/our-journey.pdf")
def journey_pdf(case_id: int):
    """The family's own "Our journey" PDF, to print or download, in the family's language."""
    case = get_case_or_404(current_user, case_id)
    db = get_session()
    result = load_journey(db, case)
    language = pdf_language(case, request.args.get("language"))
    pdf = render_journey_pdf(result, family_name=case.family.family_name,
                             reference=case.family.reference, council_name=_council_name(db),
                             made_on=today(), language=language)
    audit.record(db, "journey_pdf_downloaded", actor_id=current_user.id, target_type="case",
                 target_id=case.id, details={"language": language},
                 ip_address=request.remote_addr)
    db.commit()
    filename = f"our-journey-{case.family.reference}.pdf"
    disposition = "attachment" if request.args.get("download") else "inline"
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": f'{disposition}; filename="{filename}"'})


@bp.route("/cases/<int:case_id>/members/<int:member_id>/family-pdf", methods=["GET", "POST"])
def withhold_results(case_id: int, member_id: int):
    """Keep a member's own results out of the family's PDF when sharing them could put a child
    at risk, with the reason (kept with the member, never in the audit log), or stop doing so."""
    case = get_case_or_404(current_user, case_id)
    member = next((m for m in case.family.members if m.id == member_id), None)
    if member is None:
        abort(404)
    form = WithholdResultsForm(data={
        "withhold": "yes" if member.is_results_withheld else None,
        "reason": member.results_withheld_reason or ""})
    if request.method == "POST" and form.validate_on_submit():
        db = get_session()
        withhold = form.withhold.data == "yes"
        if withhold:
            member.results_withheld_reason = form.reason.data
            if not member.is_results_withheld:
                member.results_withheld_at = now()
                member.results_withheld_by_id = current_user.id
        else:
            member.results_withheld_reason = None
            member.results_withheld_at = member.results_withheld_by_id = None
        audit.record(db, "member_results_withheld" if withhold else "member_results_released",
                     actor_id=current_user.id, target_type="family_member", target_id=member.id,
                     details={"case_id": case.id}, ip_address=request.remote_addr)
        db.commit()
        flash(f"{member.first_name}'s results are kept out of the family's PDF." if withhold
              else f"{member.first_name}'s results follow what they chose.", "success")
        return redirect(url_for("journey.journey", case_id=case.id, _anchor="family-pdf"))
    return render_template("journey/withhold.html", case=case, member=member, form=form), (
        400 if form.errors else 200)


@bp.route("/dashboard")
def dashboard():
    """Waves due this week and overdue, who has not answered, recent comments (flags first) and
    cases heading to close. A fixed number of queries, whatever the size of the caseload."""
    db = get_session()
    scope = case_scope(current_user)
    cases = db.scalars(
        select(Case).where(scope, Case.closed_on.is_(None))
        .options(selectinload(Case.family).selectinload(Family.members),
                 selectinload(Case.waves), selectinload(Case.keyworker))
        .order_by(Case.opened_on)).all()
    scoped_waves = select(Wave.id).join(Case, Wave.case_id == Case.id).where(
        scope, Case.closed_on.is_(None))
    submitted = set(db.execute(
        select(QuestionnaireResponse.wave_id, QuestionnaireResponse.member_id).where(
            QuestionnaireResponse.wave_id.in_(scoped_waves),
            QuestionnaireResponse.submitted_at.is_not(None))).all())
    comment_rows = db.execute(
        select(Comment, FamilyMember.first_name, Wave.kind, Case.id, Family.family_name)
        .join(QuestionnaireResponse, Comment.response_id == QuestionnaireResponse.id)
        .join(FamilyMember, QuestionnaireResponse.member_id == FamilyMember.id)
        .join(Wave, QuestionnaireResponse.wave_id == Wave.id)
        .join(Case, Wave.case_id == Case.id)
        .join(Family, Case.family_id == Family.id)
        .where(scope, QuestionnaireResponse.submitted_at.is_not(None))
        .order_by((Comment.is_safeguarding & Comment.flag_acknowledged_at.is_(None)).desc(),
                  Comment.is_safeguarding.desc(), Comment.written_at.desc(), Comment.id.desc())
        .limit(RECENT_COMMENTS)).all()
    comments = [RecentComment(case_id, family_name, first_name, kind.label, c.text,
                              c.written_at, c.is_safeguarding,
                              c.is_safeguarding and c.flag_acknowledged_at is None, c.id)
                for c, first_name, kind, case_id, family_name in comment_rows]
    audit_list_view(db, "dashboard_viewed", cases)
    board = build_dashboard(cases, submitted, comments, today(),
                            open_flags=count_unacknowledged_flags(db, current_user))
    return render_template("journey/dashboard.html", board=board,
                           late_flags=overdue_flags_in_scope(db, current_user, now()),
                           is_manager=current_user.role.value == "team_manager")


def init_app(app: Flask) -> None:
    """Register the journey pages and the dashboard."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
