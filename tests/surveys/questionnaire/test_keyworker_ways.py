"""What a keyworker needs around a family's questionnaire: a link they can copy with or without
JavaScript, and a way back to the case from a questionnaire they are filling in with the family."""
from __future__ import annotations

import re

from surveys.records.enums import WaveKind
from tests.factories import wave_of
from tests.helpers import csrf_token, sign_in
from tests.surveys.questionnaire.answering import make_link


def _issue(client, case, kind=WaveKind.START) -> str:
    wave = wave_of(case, kind)
    member = case.family.members[0]
    case_url = f"/cases/{case.id}"
    response = client.post(f"{case_url}/waves/{wave.id}/members/{member.id}/link",
                           data={"csrf_token": csrf_token(client, case_url)})
    return client.get(response.headers["Location"]).get_data(as_text=True)


def test_the_link_can_be_selected_and_copied_without_javascript(client, case, keyworker):
    """The link sits in a readonly box a person can select; the Copy button appears only when
    a script can copy (hidden until then), and its 'Copied' status region is there from the start."""
    sign_in(client, keyworker)
    html = _issue(client, case)
    box = re.search(r'<input class="govuk-input" id="link"[^>]*>', html).group()
    assert "readonly" in box and re.search(r'value="http[^"]+/q/[A-Za-z0-9_-]+"', box)
    for source in ("link", "message"):
        button = re.search(rf'<button[^>]*data-fv-copy="{source}"[^>]*>([^<]+)</button>', html)
        assert button and " hidden" in button.group(0)
        assert button.group(1) == f"Copy {source}"
        status = re.search(r'data-fv-copy-status="([^"]+)"', button.group(0)).group(1)
        assert re.search(rf'<p[^>]*id="{status}" aria-live="polite"></p>', html)
    assert "<script>" not in html  # the strict CSP allows only the static bundle


def test_filling_in_with_a_family_has_a_way_back_to_the_case(client, db, case, keyworker):
    sign_in(client, keyworker)
    wave = wave_of(case, WaveKind.START)
    member = case.family.members[0]
    case_url = f"/cases/{case.id}"
    client.post(f"{case_url}/waves/{wave.id}/members/{member.id}/assisted",
                data={"csrf_token": csrf_token(client, case_url)})
    start = client.get("/questionnaire").get_data(as_text=True)
    back = re.search(r'<a class="govuk-link" href="([^"]+)">Stop for now and go back to the '
                     r'case</a>', start)
    assert back and back.group(1) == case_url
    assert "Pages where you pressed Continue are saved." in start
    first_page = re.search(r'href="(/questionnaire/(?!exit)[a-z0-9-]+)"', start).group(1)
    assert f'href="{case_url}">Stop for now' in client.get(first_page).get_data(as_text=True)
    assert client.get(case_url).status_code == 200


def test_a_family_on_their_own_link_sees_no_way_into_the_case(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    start = client.get("/questionnaire").get_data(as_text=True)
    assert "go back to the case" not in start and f"/cases/{case.id}" not in start
