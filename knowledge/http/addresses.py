"""The visitor's address, the one notion every per-address limit uses (API, form, login, reset).

Behind WIJKKOMPAS_PROXY_COUNT reverse proxies, each proxy appends the address it was contacted
from to `X-Forwarded-For`, so the visitor is the entry that many places from the right; anything
further left was written by the client and is not believed. Without proxies it is REMOTE_ADDR.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.WIJKKOMPAS_PROXY_COUNT
    if not count:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        # Not through every proxy (or a proxy left out the header): the peer is all we know.
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
