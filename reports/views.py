"""Report pages: the quarterly report (web, PDF, CSV), the co-production pack, "you said, we
did" actions, and answer-level exports for team managers.

Who may see what is in ACCESS below: commissioners and team managers read the aggregate
reports (every figure disclosure-controlled); team managers record actions and download
answer-level CSVs for their own team only.
"""
from __future__ import annotations

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
from wtforms.fields.choices import SelectChoice

from reports.assemble import SUPPORT_LABELS, quarterly_report, report_store
from reports.coproduction import build_coproduction_pack
from reports.exports import aggregate_csv, answers_frame_for_team, long_csv, wide_csv
from reports.forms import ActionForm, ReportFilterForm
from reports.quarterly.load import load_actions
from reports.quarterly.model import Filters, chart_svgs
from reports.quarterly.pdf import render_pack_pdf, render_quarterly_pdf
from reports.quarterly.period import Quarter
from surveys.records import audit
from surveys.records.db import get_session
from surveys.records.models import Locality, ServiceAction, Team
from surveys.staff.access import REPORT_READERS, TEAM_MANAGER, allow
from surveys.web.clock import today

bp = Blueprint("reports", __name__, template_folder="templates", url_prefix="/reports")

# aggregates only, every figure disclosure-controlled (reports/disclosure.py)
ACCESS = {
    "reports.quarterly": REPORT_READERS,
    "reports.quarterly_pdf": REPORT_READERS,
    "reports.quarterly_csv": REPORT_READERS,
    "reports.coproduction": REPORT_READERS,
    "reports.coproduction_pdf": REPORT_READERS,
    "reports.actions": REPORT_READERS,
    "reports.new_action": frozenset({TEAM_MANAGER}),
    "reports.edit_action": frozenset({TEAM_MANAGER}),
    # answer-level CSVs (pseudonymous), for a team manager's own team only
    "reports.exports": frozenset({TEAM_MANAGER}),
    "reports.export_long": frozenset({TEAM_MANAGER}),
    "reports.export_wide": frozenset({TEAM_MANAGER}),
}

MANAGERS = frozenset({TEAM_MANAGER})
QUARTERS_OFFERED = 8


def _filter_form() -> tuple[ReportFilterForm, Quarter, Filters, bool]:
    """The filter form filled from the query string, the quarter and group chosen, and whether
    the choice was valid."""
    db = get_session()
    current = Quarter.containing(today())
    quarters, q = [], current
    for _ in range(QUARTERS_OFFERED):
        quarters.append((q.code, f"{q.label} ({q.code})"))
        q = q.previous()
    team_localities = dict(db.execute(select(Team.name, Locality.name).join(
        Locality, Team.locality_id == Locality.id)).all())
    localities = list(db.scalars(select(Locality.name).order_by(Locality.name)))
    form = ReportFilterForm(request.args)
    form.set_choices(quarters, localities, team_localities)
    if not request.args.get("quarter"):
        form.quarter.data = current.previous().code  # the last whole quarter
    valid = form.validate() if request.args else True
    if not valid:
        return form, current.previous(), Filters(), False
    return form, Quarter.parse(form.quarter.data), Filters(
        locality=form.locality.data or None, team=form.team.data or None,
        support_level=form.support_level.data or None), True


def _council() -> str:
    return current_app.jinja_env.globals["council_name"]()


def _build(quarter: Quarter, filters: Filters):
    return quarterly_report(quarter, filters, today())


def _charts(sections) -> dict[str, Markup]:
    """Each chart as accessible inline SVG (built from our own drawings, so safe markup)."""
    return {key: Markup(svg) for key, svg in chart_svgs(sections).items()}


def _export_name(kind: str, quarter: Quarter, filters: Filters, extension: str) -> str:
    group = filters.describe(SUPPORT_LABELS).lower()
    slug = "".join(c if c.isalnum() else "-" for c in group).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"family-voice-{kind}-{quarter.code}-{slug}.{extension}"


def _audit_export(kind: str, details: dict) -> None:
    db = get_session()
    audit.record(db, "report_exported", actor_id=current_user.id, ip_address=request.remote_addr,
                 details={"kind": kind, **details})
    db.commit()


def _download(body: bytes | str, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.route("/quarterly")
def quarterly():
    """The quarterly report as a web page, for the quarter and group chosen in the query."""
    form, quarter, filters, valid = _filter_form()
    if not valid:
        return render_template("reports/quarterly.html", form=form, report=None, charts={},
                               query=""), 400
    report = _build(quarter, filters)
    return render_template("reports/quarterly.html", form=form, report=report,
                           charts=_charts(report.sections), query=request.query_string.decode())


@bp.route("/quarterly/pdf")
def quarterly_pdf():
    """The quarterly report as a PDF download."""
    form, quarter, filters, valid = _filter_form()
    if not valid:
        return redirect(url_for("reports.quarterly", **request.args))
    report = _build(quarter, filters)
    body = render_quarterly_pdf(report, council=_council(), store=report_store())
    _audit_export("quarterly_pdf", {"quarter": quarter.code, "group": report.group})
    return _download(body, "application/pdf", _export_name("report", quarter, filters, "pdf"))


@bp.route("/quarterly/csv")
def quarterly_csv():
    """The quarterly report's tables as one aggregate CSV download."""
    form, quarter, filters, valid = _filter_form()
    if not valid:
        return redirect(url_for("reports.quarterly", **request.args))
    report = _build(quarter, filters)
    _audit_export("quarterly_csv", {"quarter": quarter.code, "group": report.group})
    return _download(aggregate_csv(report), "text/csv",
                     _export_name("report", quarter, filters, "csv"))


@bp.route("/co-production")
def coproduction():
    """The co-production pack for a session with families, as a printable page."""
    form, quarter, filters, valid = _filter_form()
    if not valid:
        return render_template("reports/coproduction.html", form=form, pack=None, query=""), 400
    pack = build_coproduction_pack(_build(quarter, filters))
    return render_template("reports/coproduction.html", form=form, pack=pack,
                           query=request.query_string.decode())


@bp.route("/co-production/pdf")
def coproduction_pdf():
    """The co-production pack as a PDF to print."""
    form, quarter, filters, valid = _filter_form()
    if not valid:
        return redirect(url_for("reports.coproduction", **request.args))
    pack = build_coproduction_pack(_build(quarter, filters))
    _audit_export("coproduction_pdf", {"quarter": quarter.code, "group": pack.group})
    return _download(render_pack_pdf(pack, council=_council()), "application/pdf",
                     _export_name("co-production-pack", quarter, filters, "pdf"))


@bp.route("/actions")
def actions():
    """Every "you said, we did" action, newest first."""
    db = get_session()
    records = load_actions(db)
    manager = current_user.role in MANAGERS
    home = _manager_locality(db) if manager else None
    return render_template("reports/actions.html", actions=records, may_add=manager,
                           may_change={r.id for r in records
                                       if manager and r.locality in (None, home)})


def _manager_locality(db) -> str | None:
    team = db.get(Team, current_user.team_id) if current_user.team_id else None
    return team.locality.name if team else None


def _may_change(db, action: ServiceAction) -> bool:
    """A team manager looks after whole-council actions and their own locality's, not others'."""
    return action.locality_id is None or action.locality.name == _manager_locality(db)


def _action_form(db, action: ServiceAction | None) -> ActionForm:
    form = ActionForm(obj=action) if action else ActionForm()
    home = _manager_locality(db)
    choices = [SelectChoice("", "Whole council")] + [
        SelectChoice(str(loc.id), loc.name)
        for loc in db.scalars(select(Locality).where(Locality.name == home))]
    form.locality.choices = choices
    if action is not None and request.method == "GET":
        form.locality.data = str(action.locality_id or "")
        form.theme_code.data = action.theme_code
        form.status.data = action.status.value
    return form


def _save(db, form: ActionForm, action: ServiceAction) -> None:
    action.theme_code = form.theme_code.data
    action.we_heard = form.we_heard.data
    action.we_did = form.we_did.data
    action.status = form.status.data
    action.owner = form.owner.data
    action.locality_id = int(form.locality.data) if form.locality.data else None
    action.started_on = form.started_on.data
    action.due_on = form.due_on.data
    action.completed_on = form.completed_on.data


@bp.route("/actions/new", methods=["GET", "POST"])
def new_action():
    """Record a new "you said, we did" action."""
    db = get_session()
    form = _action_form(db, None)
    if form.validate_on_submit():
        action = ServiceAction(created_by_id=current_user.id)
        _save(db, form, action)
        db.add(action)
        db.flush()
        audit.record(db, "action_recorded", actor_id=current_user.id, target_type="service_action",
                     target_id=action.id, ip_address=request.remote_addr)
        db.commit()
        flash("Action saved", "success")
        return redirect(url_for("reports.actions"))
    return render_template("reports/action_form.html", form=form, action=None), (
        400 if form.errors else 200)


@bp.route("/actions/<int:action_id>/edit", methods=["GET", "POST"])
def edit_action(action_id: int):
    """Change an action, for example when it is done."""
    db = get_session()
    action = db.get(ServiceAction, action_id)
    if action is None:
        abort(404)
    if not _may_change(db, action):
        flash(f"That action belongs to {action.locality.name}. You can change actions for the "
              "whole council and for your own locality.", "important")
        return redirect(url_for("reports.actions"))
    form = _action_form(db, action)
    if form.validate_on_submit():
        _save(db, form, action)
        audit.record(db, "action_updated", actor_id=current_user.id, target_type="service_action",
                     target_id=action.id, ip_address=request.remote_addr)
        db.commit()
        flash("Action saved", "success")
        return redirect(url_for("reports.actions"))
    return render_template("reports/action_form.html", form=form, action=action), (
        400 if form.errors else 200)


@bp.route("/exports")
def exports():
    """Answer-level downloads for a team manager's own team."""
    team = get_session().get(Team, current_user.team_id) if current_user.team_id else None
    return render_template("reports/exports.html", team=team)


def _team_export(kind: str, render) -> Response:
    if current_user.team_id is None:
        flash("You need to be in a team to download its answers. Ask your administrator.",
              "important")
        return redirect(url_for("reports.exports"))
    secret = current_app.config["SECRET_KEY"]
    frame = answers_frame_for_team(get_session(), current_user.team_id, secret)
    _audit_export(kind, {"team_id": current_user.team_id, "rows": len(frame)})
    return _download(render(frame), "text/csv", f"family-voice-{kind.replace('_', '-')}.csv")


@bp.route("/exports/answers-long.csv")
def export_long():
    """The team's answers as a tidy long CSV (pseudonymous ids only)."""
    return _team_export("answers_long", long_csv)


@bp.route("/exports/answers-wide.csv")
def export_wide():
    """The team's answers as a wide CSV (pseudonymous ids only)."""
    return _team_export("answers_wide", wide_csv)


def init_app(app: Flask) -> None:
    """Register the report pages with their access rules, and the `report` commands."""
    from reports import cli

    app.register_blueprint(bp)
    allow(app, ACCESS)
    cli.init_app(app)
