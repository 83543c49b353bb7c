"""Asking for an alert and confirming it: a row per address and subject, a confirmation mail,
and the same answer whether or not the address was known (so nobody learns who subscribed)."""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_ratelimit.core import is_ratelimited

from alerts.digest import live_method, recognition_state
from alerts.mail import confirmation_message
from alerts.models import Subscription, SubscriptionKind

logger = logging.getLogger("wijkkompas.alerts")


def over_address_limit(request, email):
    """Count a request for `email` against the per-address limit; True once exceeded. A flood of
    requests for one address sends it a bounded number of mails, from however many IPs."""
    return is_ratelimited(
        request,
        group="alerts:address",
        key=lambda group, request: email,
        rate=settings.WIJKKOMPAS_ALERT_PER_ADDRESS_RATE,
        increment=True,
    )


def store_request(email, language, frequency, kind, selection="", method=None):
    """The unconfirmed subscription to mail a confirmation for, or None when the address has
    confirmed this subject already (it then hears nothing new)."""
    lookup = {"email": email, "kind": kind, "selection": selection, "method": method}
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(**lookup).first()
        if subscription is None:
            try:
                with transaction.atomic():
                    return Subscription.objects.create(
                        **lookup, language=language, frequency=frequency
                    )
            except IntegrityError:
                # The same request twice at once: the other one made the row.
                subscription = Subscription.objects.select_for_update().get(**lookup)
        if subscription.is_confirmed:
            return None
        # Asked again: the latest wishes count, and the week until removal starts again.
        subscription.language = language
        subscription.frequency = frequency
        subscription.created_at = timezone.now()
        subscription.save(update_fields=["language", "frequency", "created_at"])
        return subscription


def request_subscription(request, email, language, frequency, title, **subject):
    """Store the request and mail the address a confirmation link, within the limits."""
    if over_address_limit(request, email):
        logger.info("Attendering: te veel aanvragen voor één adres; geen mail verstuurd")
        return
    subscription = store_request(email, language, frequency, **subject)
    if subscription is None:
        return
    try:
        confirmation_message(subscription, title).send()
    except Exception:
        # The reader sees the same page; asking again sends a new link.
        logger.exception("Attendering %s: bevestigingsmail niet verstuurd", subscription.pk)


def confirm(subscription):
    """Confirm once: what is new from this moment on is mailed. True if it was confirmed now."""
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
        if subscription.is_confirmed:
            return False
        now = timezone.now()
        subscription.confirmed_at = now
        subscription.sent_up_to = now
        if subscription.kind == SubscriptionKind.METHOD:
            method = live_method(subscription)
            subscription.recognition_sent = recognition_state(method) if method else {}
        subscription.save(update_fields=["confirmed_at", "sent_up_to", "recognition_sent"])
        return True
