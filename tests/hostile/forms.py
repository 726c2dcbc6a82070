"""Read the forms on a page as a browser would: where each posts, and the names of its fields."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit


@dataclass
class Form:
    """One <form>: its method, the path it sends to and its field names (in page order)."""

    method: str
    action: str
    names: list[str] = field(default_factory=list)
    csrf_token: str | None = None


class _Forms(HTMLParser):
    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[Form] = []
        self._form: Form | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            action = urlsplit(urljoin(self.page_url, attrs.get("action") or self.page_url)).path
            self._form = Form(method=(attrs.get("method") or "get").lower(), action=action)
            self.forms.append(self._form)
        elif tag in {"input", "select", "textarea", "button"} and self._form is not None:
            name = attrs.get("name")
            if not name:
                return
            if name == "csrf_token":
                self._form.csrf_token = attrs.get("value")
            elif name not in self._form.names:
                self._form.names.append(name)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def forms_on(html: str, page_url: str) -> list[Form]:
    """Every form on a page."""
    parser = _Forms(page_url)
    parser.feed(html)
    parser.close()
    return parser.forms


def form_for(html: str, page_url: str, target: str, method: str) -> Form | None:
    """The form on a page that sends to `target` with `method`, if there is one."""
    return next((f for f in forms_on(html, page_url)
                 if f.action == urlsplit(target).path and f.method == method), None)


def any_csrf_token(html: str, page_url: str) -> str | None:
    """A CSRF token from any form on the page (Flask-WTF's token is per session, not per form)."""
    return next((f.csrf_token for f in forms_on(html, page_url) if f.csrf_token), None)
