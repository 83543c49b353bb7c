"""Reading alert mails as a reader does: the text, the links in it, and following them."""

import re
from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command

ADDRESS = "lezer@example.org"


def text_of(message):
    return message.get_body(("plain",)).get_content()


def html_of(message):
    return message.get_body(("html",)).get_content()


def link(message, word):
    """The path of the first link in the mail's text containing `word` (e.g. 'bevestigen')."""
    found = re.search(rf"https?://\S*/{word}/\S+/", text_of(message))
    assert found, f"no {word} link in:\n{text_of(message)}"
    return urlsplit(found.group(0)).path


def ask(client, url, email=ADDRESS, frequency="daily", **extra):
    return client.post(url, {"email": email, "frequency": frequency, "aanvulling": ""}, **extra)


def subscribe_and_confirm(client, inbox, url, email=ADDRESS, frequency="daily", word="bevestigen"):
    """Ask for an alert and confirm it with the link from the mail, as a reader does."""
    ask(client, url, email, frequency)
    confirm_path = link(inbox.to(email)[-1], word)
    response = client.post(confirm_path)
    assert response.status_code == 200
    inbox.clear()
    return response


def send(frequency="daily"):
    out = StringIO()
    call_command("send_alerts", frequency=frequency, stdout=out)
    return out.getvalue()
