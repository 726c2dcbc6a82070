"""Real servers on loopback that the senders talk to in tests and benchmarks: an SMTP server
(aiosmtpd) that keeps what it received, and a stand-in for GOV.UK Notify's API that checks each
request as Notify's documentation says and answers as Notify does, error bodies included."""
from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message as EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import jwt
from aiosmtpd.controller import Controller


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class _Catcher:
    received: list[EmailMessage] = field(default_factory=list)
    # addresses the server refuses for good (550) or for now (451)
    refuse: set[str] = field(default_factory=set)
    defer: set[str] = field(default_factory=set)
    # a Message-ID whose DATA waits (holding the sender mid-send) until `release` is set, then
    # is dropped with a 421: the sender was cut off before the server took the message
    hold_reference: str | None = None
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    arrived: threading.Event = field(default_factory=threading.Event)  # set on each email kept
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        """Refuse or defer the addresses the test asked for."""
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        if address in self.defer:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        """Keep the message (or hold it, for a test that kills the sender mid-send)."""
        email = message_from_bytes(envelope.content)
        if self.hold_reference and self.hold_reference in (email["Message-ID"] or ""):
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            return "421 4.3.0 Closing"
        with self.lock:
            self.received.append(email)
        self.arrived.set()
        return "250 Message accepted for delivery"


class SmtpServer:
    """An aiosmtpd server on a free loopback port: .url for FLASK_SMTP_URL, .received."""

    def __init__(self):
        self.catcher = _Catcher()
        self.port = free_port()
        self.controller = Controller(self.catcher, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def received(self) -> list[EmailMessage]:
        with self.catcher.lock:
            return list(self.catcher.received)

    def wait_for(self, count: int, timeout: float) -> bool:
        """Wait (on the server's own signal, never a sleep) until `count` emails have arrived."""
        deadline = time.monotonic() + timeout
        while len(self.received) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.catcher.arrived.wait(left)
            self.catcher.arrived.clear()
        return True

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.catcher.release.set()
        self.controller.stop()


SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506"
SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0"
API_KEY = f"family_voice_test-{SERVICE_ID}-{SECRET}"
SMS_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a"
EMAIL_TEMPLATE = "4f0d1e2a-6c8b-4a57-9d3e-0b7c2a1e5f90"
_UK_MOBILE = re.compile(r"^(?:\+44|0044|0)7\d{9}$")


def _errors(status: int, error: str, message: str) -> tuple[int, dict]:
    return status, {"status_code": status, "errors": [{"error": error, "message": message}]}


class FakeNotify:
    """Notify's v2 API on loopback: POST /v2/notifications/sms|email and GET /v2/notifications.

    Checks the bearer JWT (HS256, signed with the key's secret, iss = the service id), the
    template id, the recipient, that personalisation is an object and the reference is a string.
    `answer_with[address] = status` makes Notify answer that address with 429 or 500 (its
    documented bodies); `answer_with["*"]` answers every request so."""

    def __init__(self):
        self.sent: list[dict] = []
        self.answer_with: dict[str, int] = {}
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                """Keep test output quiet."""

            def _reply(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                self._reply(*fake.handle("POST", self.path, self.headers, raw))

            def do_GET(self):
                self._reply(*fake.handle("GET", self.path, self.headers, b""))

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeNotify:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _auth_error(self, headers) -> tuple[int, dict] | None:
        auth = headers.get("Authorization") or ""
        if not auth.startswith("Bearer "):
            return _errors(401, "AuthError", "Unauthorized: authentication token must be provided")
        try:
            claims = jwt.decode(auth[7:], SECRET, algorithms=["HS256"],
                                options={"verify_iat": True, "require": ["iss", "iat"]})
        except jwt.InvalidTokenError:
            return _errors(403, "AuthError", "Invalid token: API key not found")
        if claims["iss"] != SERVICE_ID:
            return _errors(403, "AuthError", "Invalid token: service not found")
        return None

    def handle(self, method: str, path: str, headers, raw: bytes) -> tuple[int, dict]:
        """Answer one request as Notify would."""
        refused = self._auth_error(headers)
        if refused:
            return refused
        url = urlsplit(path)
        if method == "GET" and url.path == "/v2/notifications":
            reference = parse_qs(url.query).get("reference", [None])[0]
            with self.lock:
                found = [n for n in self.sent if reference is None or n["reference"] == reference]
            return 200, {"notifications": [self._as_listed(n) for n in found],
                         "links": {"current": f"{self.base_url}/v2/notifications"}}
        if method != "POST" or url.path not in ("/v2/notifications/sms", "/v2/notifications/email"):
            return 404, {"status_code": 404, "errors": [{"error": "NotFound", "message": "Not found"}]}
        try:
            body = json.loads(raw)
        except ValueError:
            return _errors(400, "BadRequestError", "Invalid JSON supplied in POST data")
        kind = "sms" if url.path.endswith("sms") else "email"
        to_key = "phone_number" if kind == "sms" else "email_address"
        to = body.get(to_key)
        if not isinstance(to, str):
            return _errors(400, "ValidationError", f"{to_key} is a required property")
        forced = self.answer_with.get(to) or self.answer_with.get("*")
        if forced == 429:
            return _errors(429, "RateLimitError",
                           "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds")
        if forced and forced >= 500:
            return _errors(forced, "Exception", "Internal server error")
        if body.get("template_id") != (SMS_TEMPLATE if kind == "sms" else EMAIL_TEMPLATE):
            return _errors(400, "BadRequestError", "Template not found")
        if not isinstance(body.get("personalisation", {}), dict):
            return _errors(400, "ValidationError", "personalisation should contain key value pairs")
        if "reference" in body and not isinstance(body["reference"], str):
            return _errors(400, "ValidationError", "reference is not of type string")
        if kind == "sms" and not _UK_MOBILE.match(re.sub(r"[\s()-]", "", to)):
            return _errors(400, "ValidationError", "phone_number Not a UK mobile number")
        if kind == "email" and "@" not in to:
            return _errors(400, "ValidationError", "email_address Not a valid email address")
        notification = {"id": str(uuid.uuid4()), "type": kind, "to": to,
                        "template_id": body["template_id"],
                        "personalisation": body.get("personalisation", {}),
                        "reference": body.get("reference")}
        with self.lock:
            self.sent.append(notification)
        personalisation = notification["personalisation"]
        content = {"body": personalisation.get("body", "")}
        if kind == "sms":
            content["from_number"] = "FamilyVoice"
        else:
            content.update(subject=personalisation.get("subject", ""),
                           from_email="family.voice@notifications.service.gov.uk")
        return 201, {"id": notification["id"], "reference": notification["reference"],
                     "content": content,
                     "uri": f"{self.base_url}/v2/notifications/{notification['id']}",
                     "template": {"id": body["template_id"], "version": 1,
                                  "uri": f"{self.base_url}/v2/template/{body['template_id']}"}}

    def _as_listed(self, n: dict) -> dict:
        return {"id": n["id"], "reference": n["reference"], "type": n["type"],
                "status": "sending", "template": {"id": n["template_id"], "version": 1}}
