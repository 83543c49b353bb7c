"""Sending digests: each period of each subscription becomes one Delivery before any mail goes
out, so that a run that fails half-way is finished by the next one and nothing is sent twice.

Per subscription, in one transaction: read what is new since `sent_up_to`, and if there is
anything, create the Delivery for that period; `sent_up_to` moves on either way. Then, outside
the transaction, the mail is sent (a few attempts with backoff); only a mail the server accepted
marks the Delivery sent. Unsent deliveries are tried again first on every run.
"""

import datetime
import logging
import time
from dataclasses import dataclass
from smtplib import SMTPException

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from alerts.digest import build_digest, live_method, recognition_state, still_exists
from alerts.mail import digest_message
from alerts.models import Delivery, Frequency, Subscription, SubscriptionKind

logger = logging.getLogger("wijkkompas.alerts")

INTERVALS = {
    Frequency.DAILY: datetime.timedelta(days=1),
    Frequency.WEEKLY: datetime.timedelta(days=7),
}
# A timer that fires a little early (or a run that started late last time) still sends.
SLACK = datetime.timedelta(hours=1)


@dataclass
class RunReport:
    sent: int = 0
    failed: int = 0
    nothing_new: int = 0


def due(frequency, now):
    """Confirmed subscriptions of `frequency` whose last period ended an interval ago."""
    return Subscription.objects.filter(
        frequency=frequency,
        confirmed_at__isnull=False,
        sent_up_to__lte=now - INTERVALS[frequency] + SLACK,
    )


def open_delivery(subscription_pk, frequency, now):
    """Create the Delivery for a due subscription's next period, and the digest it mails; None
    when there is nothing to tell (or another run got there first)."""
    with transaction.atomic():
        subscription = (
            due(frequency, now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("method")
            .filter(pk=subscription_pk)
            .first()
        )
        if subscription is None:
            return None
        start = subscription.sent_up_to
        ended = not still_exists(subscription)
        is_method = subscription.kind == SubscriptionKind.METHOD
        method = live_method(subscription) if is_method and not ended else None
        if is_method and not ended and method is None:
            # The method is unpublished for now: its period waits until readers see it again.
            return None
        change = {}
        if method is not None:
            state = recognition_state(method)
            if subscription.recognition_sent and state != subscription.recognition_sent:
                change = {"before": subscription.recognition_sent, "after": state}
            subscription.recognition_sent = state
        with translation.override(subscription.language):
            digest = build_digest(subscription, start, now, change, ended)
        subscription.sent_up_to = now
        subscription.save(update_fields=["sent_up_to", "recognition_sent"])
        if not digest.has_news:
            return None
        delivery = Delivery.objects.create(
            subscription=subscription,
            period_start=start,
            period_end=now,
            recognition_change=change,
            ends_subscription=ended,
        )
        return delivery, digest


def send(delivery, digest=None):
    """Send a delivery's mail, trying a few times; True once the mail server accepted it."""
    subscription = delivery.subscription
    if digest is None:
        with translation.override(subscription.language):
            digest = build_digest(
                subscription,
                delivery.period_start,
                delivery.period_end,
                delivery.recognition_change,
                delivery.ends_subscription,
            )
    if digest.has_news:
        message = digest_message(subscription, delivery, digest)
        attempts = settings.WIJKKOMPAS_ALERT_SEND_ATTEMPTS
        for attempt in range(attempts):
            try:
                message.send()
                break
            except (SMTPException, OSError) as error:
                delivery.attempts += 1
                delivery.last_error = f"{type(error).__name__}: {error}"[:300]
                delivery.save(update_fields=["attempts", "last_error"])
                logger.warning(
                    "Attendering %s: versturen mislukt (poging %s): %s",
                    subscription.pk,
                    delivery.attempts,
                    delivery.last_error,
                )
                if attempt + 1 < attempts:
                    time.sleep(settings.WIJKKOMPAS_ALERT_RETRY_SECONDS * 2**attempt)
        else:
            return False
    # Pages unpublished since leave nothing to say: the period counts as done.
    delivery.sent_at = timezone.now()
    delivery.save(update_fields=["sent_at"])
    if delivery.ends_subscription:
        subscription.delete()
    return True


def retry_unsent(frequency, report):
    unsent = (
        Delivery.objects.filter(
            sent_at__isnull=True,
            subscription__frequency=frequency,
            attempts__lt=settings.WIJKKOMPAS_ALERT_MAX_ATTEMPTS,
        )
        .select_related("subscription__method")
        .order_by("created_at")
    )
    for delivery in unsent:
        count(report, send(delivery))


def count(report, sent):
    if sent:
        report.sent += 1
    else:
        report.failed += 1


def send_due(frequency, now=None):
    """One run for one frequency: earlier failures first, then every due subscription."""
    now = now or timezone.now()
    report = RunReport()
    retry_unsent(frequency, report)
    for pk in due(frequency, now).order_by("pk").values_list("pk", flat=True):
        opened = open_delivery(pk, frequency, now)
        if opened is None:
            report.nothing_new += 1
            continue
        count(report, send(*opened))
    return report
