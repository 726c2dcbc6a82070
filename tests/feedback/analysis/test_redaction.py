import pytest

from feedback import redact


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("Sarah was great", "[name] was great", "name"),
        ("sarah's visits helped", "[name] visits helped", "name"),
        ("At Oakfield Academy they listened", "At [school] they listened", "school"),
        ("We live near SN10 1AB", "We live near [postcode]", "postcode"),
        ("ring me on 07700 900123", "ring me on [phone]", "phone"),
        ("ring me on +44 7700 900123", "ring me on [phone]", "phone"),
        ("office is 01632 960001", "office is [phone]", "phone"),
        ("email jo.b@example.co.uk", "email [email]", "email"),
        ("seen on 12/03/2025", "seen on [date]", "date"),
        ("seen on 3rd March", "seen on [date]", "date"),
        ("since March 2025", "since [date]", "date"),
        ("on Monday the 3rd", "on [date]", "date"),
        ("on 2025-03-12", "on [date]", "date"),
        ("we moved to 14 Station Road", "we moved to [address]", "address"),
        ("we're in flat 3 now", "we're in [address] now", "address"),
        ("my son Jack loves it", "my son [name] loves it", "name"),
        ("a lady called Bev helped", "a lady called [name] helped", "name"),
        ("Mrs Patel was kind", "Mrs [name] was kind", "name"),
    ],
)
def test_identifying_details_are_replaced(text, expected, kind):
    result = redact(text, known_names=["Sarah", "Jo"], known_schools=["Oakfield Academy"])
    assert result.text == expected
    assert kind in result.kinds


@pytest.mark.parametrize(
    "text",
    ["The worker was lovely", "my worker Was great", "I waited since March", "We had 3 visits"],
)
def test_ordinary_text_is_left_alone(text):
    result = redact(text)
    assert result.text == text
    assert not result.is_changed


def test_known_name_inside_email_goes_with_the_email():
    assert redact("jo.b@example.com", known_names=["Jo"]).text == "[email]"
