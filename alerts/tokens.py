"""Signed links in alert mails: confirm a subscription, or end it, without an account.

A link carries the subscription's random key signed with SECRET_KEY (Django's
TimestampSigner), so it cannot be made up for someone else's address. A confirm link
expires; an unsubscribe link works for as long as the subscription exists.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from alerts.models import Subscription

CONFIRM = "alerts.confirm"
UNSUBSCRIBE = "alerts.unsubscribe"


def make_token(subscription, purpose):
    return signing.TimestampSigner(salt=purpose).sign(subscription.key)


@dataclass
class Checked:
    """What a link leads to: the subscription (None when gone), whether the signature holds
    and, for a confirm link, whether it is too old."""

    subscription: Subscription | None = None
    forged: bool = False
    expired: bool = False


def check_token(token, purpose):
    signer = signing.TimestampSigner(salt=purpose)
    try:
        key = signer.unsign(token)
    except signing.BadSignature:
        return Checked(forged=True)
    subscription = Subscription.objects.select_related("method").filter(key=key).first()
    expired = False
    if purpose == CONFIRM:
        max_age = datetime.timedelta(days=settings.WIJKKOMPAS_ALERT_CONFIRM_DAYS)
        try:
            signer.unsign(token, max_age=max_age)
        except signing.SignatureExpired:
            expired = True
    return Checked(subscription=subscription, expired=expired)
