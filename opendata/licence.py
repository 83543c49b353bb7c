"""The licence of the open data: one setting, shown on the page, in the JSON and in a Link header."""

from django.conf import settings


def licence():
    """{'name': …, 'url': …} of the licence the platform's content is published under."""
    return settings.WIJKKOMPAS_OPEN_DATA_LICENCE


def add_licence_link(response):
    """Name the licence in an HTTP Link header (RFC 8288, rel="license"), for every format."""
    response["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response
