"""A real SMTP server on loopback (aiosmtpd) that the alert mails go to, and what they follow."""

import email
import socket
import threading
from email import policy

import pytest
from aiosmtpd.controller import Controller

from knowledge.factories import ThemeFactory
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


class Inbox:
    """What arrived at the server. `reject` refuses that many mails with a temporary error
    (451), as a busy mail server does; `hold`, when set, keeps the server from answering
    until it is released."""

    def __init__(self):
        self.messages = []
        self.reject = 0
        self.hold = None
        self.receiving = threading.Event()

    def clear(self):
        self.messages.clear()
        self.reject = 0
        self.hold = None
        self.receiving.clear()

    async def handle_DATA(self, server, session, envelope):
        self.receiving.set()
        if self.hold is not None:
            # The server's own thread waits: the sender is left waiting for an answer.
            self.hold.wait(timeout=30)
        if self.reject:
            self.reject -= 1
            return "451 4.3.0 Probeer het later opnieuw"
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        self.messages.append(message)
        return "250 OK"

    def to(self, address):
        return [message for message in self.messages if message["To"] == address]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def inbox(smtp_server, settings):
    """Mail goes to the SMTP server on loopback, through Django's SMTP backend."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = smtp_server.hostname
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 10
    received = smtp_server.handler
    received.clear()
    yield received
    received.clear()


@pytest.fixture
def method(site_tree):
    method = MethodPageFactory(
        parent=site_tree.sections[MethodIndexPage], title="Samen in de Wijk", slug="samen"
    )
    method.save_revision().publish()
    return method


@pytest.fixture
def safety(db):
    return ThemeFactory(name="Veiligheid", slug="veiligheid")
