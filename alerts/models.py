"""E-mail alerts: a reader's subscription to a search selection or a method, and each mail sent."""

import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_key():
    return secrets.token_hex(16)


class Frequency(models.TextChoices):
    DAILY = "daily", _("Dagelijks")
    WEEKLY = "weekly", _("Wekelijks")


class SubscriptionKind(models.TextChoices):
    SELECTION = "selection", "Zoekselectie"
    METHOD = "method", "Methode"


class Subscription(models.Model):
    """A reader's wish to hear by e-mail what is new in a search selection or about a method.

    No account: the address is all we know of the reader, kept only while the subscription
    lasts. It counts once confirmed through the link mailed to the address (double opt-in);
    unconfirmed ones are removed after a week (`purge_unconfirmed_alerts`), and unsubscribing
    deletes the row. `key` is what the signed confirm and unsubscribe links name (alerts/tokens.py).
    """

    email = models.EmailField("e-mailadres")
    language = models.CharField("taal", max_length=10, default="nl")
    frequency = models.CharField(
        "hoe vaak", max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    kind = models.CharField("soort", max_length=10, choices=SubscriptionKind.choices)
    # The search page's URL parameters, normalised by search.parameters (ids, no sort, no page).
    selection = models.CharField("zoekselectie", max_length=2000, blank=True)
    # Null once the method is deleted: the next run tells the reader and ends the subscription.
    method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name="methode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key = models.CharField(max_length=32, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField("aangevraagd op", default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField("bevestigd op", null=True, blank=True)
    # Everything published up to this moment has been mailed (or found to be nothing new).
    sent_up_to = models.DateTimeField("verstuurd tot", null=True, blank=True)
    # The method's recognition as the reader last heard of it (alerts.digest.recognition_state).
    recognition_sent = models.JSONField("laatst gemelde erkenning", default=dict, blank=True)

    class Meta:
        verbose_name = "attendering"
        verbose_name_plural = "attenderingen"
        constraints = [
            models.UniqueConstraint(
                fields=["email", "selection"],
                condition=Q(kind="selection"),
                name="alerts_one_subscription_per_selection",
            ),
            models.UniqueConstraint(
                fields=["email", "method"],
                condition=Q(kind="method"),
                name="alerts_one_subscription_per_method",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.pk}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class Delivery(models.Model):
    """One digest mail: created, with the subscription's `sent_up_to` advanced, in one transaction
    before it is sent. The period makes it unique, so a run can never mail a period twice; a
    failed send stays unsent and the next run (or a retry in the same run) sends it again."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    # What the mail says about the method's recognition: {"before": …, "after": …}, or empty.
    recognition_change = models.JSONField(default=dict, blank=True)
    # The selection or method no longer exists: the mail says so and the subscription ends.
    ends_subscription = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "verzonden attendering"
        verbose_name_plural = "verzonden attenderingen"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "period_start"], name="alerts_one_delivery_per_period"
            )
        ]
        indexes = [models.Index(fields=["sent_at"], name="alerts_delivery_unsent")]

    def __str__(self):
        return f"{self.subscription_id} {self.period_start:%Y-%m-%d %H:%M}"
