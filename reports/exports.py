"""CSV exports: the report's aggregate tables, and answer-level files for analysts.

Who gets what:
- aggregate CSV (every table of a quarterly report, long form, disclosure-controlled): anyone
  who may read the report, commissioners included;
- answer-level CSVs (tidy long, and wide): team managers, for their own team's cases only.
  They hold pseudonymous ids (keyed hashes that mean nothing outside this council's
  installation), never names or family references, and no free text.
Every text cell goes through `neutralise_cell`, so no cell can run as a spreadsheet formula.
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import io
import re
from collections.abc import Iterable, Sequence

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from family_by_family_scale import FAMILY_OUTCOMES, MADE_A_DIFFERENCE, SERVICE_EXPERIENCE
from feedback.csv_safety import neutralise_cell
from reports.disclosure import FEWER_THAN, HIDDEN
from reports.quarterly.model import Cell, QuarterlyReport
from surveys.records.models import Answer, Case, FamilyMember, Response, Wave

LONG_COLUMNS = ("case_id", "member_id", "wave", "member_role", "completion_mode",
                "instrument_code", "instrument_version", "submitted_on", "item_code", "value")
WIDE_ITEMS = (*FAMILY_OUTCOMES.item_codes, *SERVICE_EXPERIENCE.item_codes,
              *MADE_A_DIFFERENCE.item_codes)


def _write(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise_cell(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else neutralise_cell(v) for v in row])
    return buffer.getvalue()


AGGREGATE_COLUMNS = ("quarter", "group", "table", "row", "column", "kind", "value", "low",
                     "high", "status", "shown")
_NUMBER = r"([+\-\u2212]?)(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?(%?)"
_ONE_NUMBER = re.compile(rf"^{_NUMBER}$")
_INTERVAL = re.compile(rf"^{_NUMBER} to {_NUMBER}$")
SHOWN, TEXT = "shown", "text"


def _number(sign: str, whole: str, places: str | None) -> int | float:
    """A shown number ("1,320", "+0.49", "\u22120.12", "49") as a plain int or float."""
    value = float(f"{whole.replace(',', '')}.{places}") if places else int(whole.replace(",", ""))
    return -value if sign in ("-", "\u2212") else value


def _cell_fields(cell: Cell) -> tuple[str, int | float | None, int | float | None,
                                      int | float | None, str]:
    """kind, value, low, high and status of one report cell, for analysts.

    The numbers are read back from the text people see, so the CSV holds exactly the shown
    (rounded, protected) figure, never a more precise one; a cell that is not shown has no
    number and says why in `status` ("not shown", "fewer than 8").
    """
    text = cell.text.strip()
    if text in (HIDDEN, FEWER_THAN):
        return cell.kind, None, None, None, text
    if cell.kind in ("count", "percent", "number"):
        found = _ONE_NUMBER.match(text)
        if found:
            return cell.kind, _number(*found.groups()[:3]), None, None, SHOWN
    interval = _INTERVAL.match(text)
    if interval:
        groups = interval.groups()
        kind = "percent interval" if groups[3] == "%" else "interval"
        return kind, None, _number(*groups[:3]), _number(*groups[4:7]), SHOWN
    return TEXT, None, None, None, TEXT


def aggregate_csv(report: QuarterlyReport) -> str:
    """Every table in the report as one long CSV, one row per shown cell.

    `value` (or `low` and `high` for a 95% interval) holds a plain number an analyst's tools
    read as a number: no thousands separator, no leading + or apostrophe, an ASCII minus; a
    percentage is in percent (49 for 49%). `status` says "shown", "text", "not shown" or
    "fewer than 8"; `shown` is the text as people see it on the page. Only text goes through
    `neutralise_cell`: a number is written by the csv module from a Python int or float, so a
    cell can start with "-" only when it is a plain negative number, which a spreadsheet reads
    as a number, never as a formula.
    """
    rows: list[tuple[object, ...]] = []
    if report.refusal:
        rows.append((report.quarter.code, report.group, "refused", "", "", TEXT, None, None,
                     None, "refused", report.refusal))
    for table in report.tables():
        for cells in table.rows:
            label = cells[0].text
            for column, cell in zip(table.columns[1:], cells[1:], strict=True):
                if cell.text:
                    rows.append((report.quarter.code, report.group, table.caption, label, column,
                                 *_cell_fields(cell), cell.text))
    return _write(AGGREGATE_COLUMNS, rows)


def pseudonym(secret: str, kind: str, record_id: int) -> str:
    """A stable pseudonymous id: HMAC-SHA256 of the record under the app's secret, 12 hex digits."""
    digest = hmac.new(secret.encode(), f"{kind}:{record_id}".encode(), hashlib.sha256).hexdigest()
    return f"{kind[0].upper()}{digest[:12]}"


def answers_frame_for_team(session: Session, team_id: int, secret: str) -> pd.DataFrame:
    """Every submitted answer for one team's cases, long: case x wave x member x item."""
    rows = session.execute(
        select(Wave.case_id, Response.member_id, Wave.kind, FamilyMember.member_role, Response.mode,
               Answer.instrument_code, Answer.instrument_version, Response.submitted_at,
               Answer.item_code, Answer.value)
        .join(Response, Answer.response_id == Response.id)
        .join(Wave, Response.wave_id == Wave.id)
        .join(Case, Wave.case_id == Case.id)
        .join(FamilyMember, Response.member_id == FamilyMember.id)
        .where(Case.team_id == team_id, Response.submitted_at.is_not(None))
        .order_by(Wave.case_id, Response.member_id, Wave.due_on, Answer.item_code)).all()
    frame = pd.DataFrame.from_records([tuple(r) for r in rows], columns=list(LONG_COLUMNS))
    if frame.empty:
        return frame
    frame["case_id"] = [pseudonym(secret, "case", int(i)) for i in frame["case_id"]]
    frame["member_id"] = [pseudonym(secret, "member", int(i)) for i in frame["member_id"]]
    for column in ("wave", "member_role", "completion_mode"):
        frame[column] = frame[column].map(str)
    frame["submitted_on"] = [ts.date().isoformat() for ts in frame["submitted_on"]]
    frame["value"] = frame["value"].astype("Int64")
    return frame


def long_csv(frame: pd.DataFrame) -> str:
    """The tidy long CSV: one row per answer; a blank value is "Prefer not to say"."""
    return _write(LONG_COLUMNS, (tuple(None if pd.isna(v) else v for v in row)
                                 for row in frame[list(LONG_COLUMNS)].itertuples(index=False)))


def wide_csv(frame: pd.DataFrame) -> str:
    """The wide CSV: one row per case x wave x member, one column per statement."""
    keys = ["case_id", "member_id", "wave", "member_role", "completion_mode", "submitted_on"]
    if frame.empty:
        return _write((*keys, *WIDE_ITEMS), ())
    wide = frame.pivot_table(index=keys, columns="item_code", values="value", aggfunc="first")
    wide = wide.reindex(columns=list(WIDE_ITEMS)).reset_index()
    return _write((*keys, *WIDE_ITEMS), (tuple(None if pd.isna(v) else (int(v) if isinstance(
        v, float) else v) for v in row) for row in wide.itertuples(index=False)))
