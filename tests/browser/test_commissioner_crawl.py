"""A commissioner on a phone: every page they can reach shows no family and passes axe."""
from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from surveys.records.enums import Role
from surveys.records.models import Comment, Family, FamilyMember
from tests.browser.pages import ARTIFACTS, complete_second_step, crawl, screenshot
from tests.helpers import PASSWORD
from tests.reports.council import QUARTER, seed_council

SKIP = ("/sign-out", "/pdf", "/csv", ".csv", "/static/")


def test_every_page_a_commissioner_can_reach_is_anonymous_and_accessible(
        live_server, page, axe, app, db, make_staff):
    seed_council(db, families=200, seed=11, today=date.today())
    secret = db.scalars(select(Comment).where(Comment.quote_status == "none")).first()
    secret.text = "UNAPPROVED-SECRET please do not publish"
    db.commit()
    references = set(db.scalars(select(Family.reference)))
    first_names = set(db.scalars(select(FamilyMember.first_name)))
    commissioner = make_staff(Role.COMMISSIONER, name="Chris Commissioner")

    page.goto(live_server + "/sign-in")
    page.get_by_label("Email address").fill(commissioner.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], commissioner.email, axe=axe)
    page.wait_for_url("**/overview")

    start = [f"/reports/quarterly?quarter={QUARTER.code}",
             f"/reports/quarterly?quarter={QUARTER.code}&locality=North",
             f"/reports/quarterly?quarter={QUARTER.code}&support_level=support",
             f"/reports/co-production?quarter={QUARTER.code}"]

    def anonymous(path: str, text: str) -> None:
        assert "UNAPPROVED-SECRET" not in text, path
        assert not references & set(re.findall(r"FV-[A-Z0-9-]+", text)), path
        words = set(re.findall(r"[A-Z][a-z]+", text))
        assert not words & first_names - {"Support", "North"}, (path, words & first_names)

    seen = crawl(page, axe, live_server, ["/overview", *start], skip=SKIP, max_pages=30,
                 check=anonymous)
    assert {"/reports/actions", "/overview", "/account"} <= seen and len(seen) >= 6

    page.goto(live_server + start[0])
    screenshot(page, "quarterly-report-phone")
    ARTIFACTS.mkdir(exist_ok=True)
    for anchor in ("top", "questionnaires", "distance", "by-role", "side-by-side", "statements",
                   "snapshot", "closures", "reach", "themes", "actions"):
        if anchor != "top":
            page.locator(f"#{anchor}-heading").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"quarterly-report-phone-{anchor}.png"))
    pdf = page.request.get(live_server + f"/reports/quarterly/pdf?quarter={QUARTER.code}")
    assert pdf.status == 200
    pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.body())).pages)
    page_text = re.sub(r"\s+", " ", page.inner_text("main"))
    for headline in page.locator(".fv-headlines li").all_inner_texts():
        assert headline.strip() in page_text
        assert re.sub(r"\s+", " ", headline.strip()) in re.sub(r"\s+", " ", pdf_text)
    assert "UNAPPROVED-SECRET" not in pdf_text
